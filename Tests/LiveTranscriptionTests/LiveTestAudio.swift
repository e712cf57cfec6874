#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import LiveTranscription
import ModelClient

/// Generated audio for the tests: tones (voices) and silence at 16 kHz.
enum LiveTestAudio {
    static let rate = 16000

    static func tone(_ frequency: Double, seconds: Double, amplitude: Double = 8000) -> [Int16] {
        let step = 2 * Double.pi * frequency / Double(rate)
        return (0..<Int(seconds * Double(rate))).map { index -> Int16 in Int16(amplitude * sin(step * Double(index))) }
    }

    static func silence(seconds: Double) -> [Int16] {
        [Int16](repeating: 0, count: Int(seconds * Double(rate)))
    }

    static func chunk(_ index: Int, start: Double, overlap: Double, seconds: Double) -> AudioChunk {
        AudioChunk(index: index, sampleRate: rate, start: Int(start * Double(rate)), overlap: Int(overlap * Double(rate)),
                   samples: silence(seconds: overlap + seconds))
    }

    static func segment(_ speaker: String?, _ start: Double, _ end: Double, _ text: String) -> TranscriptionResult.Segment {
        TranscriptionResult.Segment(speaker: speaker, start: start, end: end, text: text)
    }

    /// A fresh empty folder under the temporary directory.
    static func folder() -> String {
        var template = Array("/tmp/listen-tests-XXXXXX".utf8CString)
        let path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        return path
    }
}
