import FoundationEssentials
import ModelClient

/// Keeps speaker names the same from chunk to chunk.
///
/// Once a chunk names a voice, a 2–10 s clip of it is kept and sent with later chunks as a known speaker
/// reference, so a diarizing model that honours references answers with the same name. A model that does not
/// (fresh `A`, `B` labels in every chunk) is mapped by the overlap: each chunk starts with the previous chunk's
/// tail, and a label heard there takes the name of the voice named at the same time in the recent timeline (every
/// segment of the last chunks, their overlaps included, so a chunk whose speech all lay in its overlap still
/// passes its names on). The overlap's turns were already written with the previous chunk, so they are dropped.
public struct SpeakerTracker: Sendable {
    /// Shortest and longest reference clip, in seconds (the API's bounds).
    static let referenceSeconds: ClosedRange<Double> = 2...10

    /// Every name given so far, in order of first appearance.
    public private(set) var names: [String] = []
    /// The references kept, in order of first appearance, at most `KnownSpeaker.limit`.
    public private(set) var knownSpeakers: [KnownSpeaker] = []
    /// Named speech of the last `timelineSeconds`, in recording time, overlaps included (no text).
    private var timeline: [LiveTurn] = []
    /// How far back the timeline reaches: well past an overlap, whatever a chunk's length.
    static let timelineSeconds: Double = 120

    /// Names a new voice must not take: those already in the transcript being continued, whose voices are not
    /// known (no reference of them was kept), so a voice heard now could be anyone's.
    public let takenNames: Set<String>

    /// A tracker that knows `knownSpeakers` (the voices named while listening), or no speaker yet, and gives new
    /// voices names other than `takenNames`.
    public init(knownSpeakers: [KnownSpeaker] = [], takenNames: [String] = []) {
        self.knownSpeakers = Array(knownSpeakers.prefix(KnownSpeaker.limit))
        names = self.knownSpeakers.map(\.name)
        self.takenNames = Set(takenNames).subtracting(names)
    }

    /// The turns of `chunk` that are new (after its overlap), named consistently with earlier chunks;
    /// `previous` holds the previous chunk's turns when they are known (nil while that chunk is pending; matched
    /// besides the timeline), and
    /// `referencesSent` the names whose references went with the request (all known ones when nil).
    public mutating func turns(for chunk: AudioChunk, segments: [TranscriptionResult.Segment],
                               previous: [LiveTurn]?, referencesSent: [String]? = nil) -> [LiveTurn] {
        let offset = chunk.uploadStartSeconds
        // Times outside the uploaded audio (or not numbers at all) are the model's mistake: dropped, not written.
        let segments = segments.compactMap { $0.within(chunk.uploadSeconds) }
        // The model could only answer with the names it was sent: a voice named since is a label to map.
        let known = Set(referencesSent ?? knownSpeakers.map(\.name))
        var mapping: [String: String] = [:]
        // A model that answered with a known name honours references: its other labels are new voices.
        let honoured = segments.contains { $0.speaker.map(known.contains) ?? false }
        var used = honoured ? known : []
        // Any label heard in the overlap is matched, on the overlap's part of its segment.
        let heard = timeline + (previous ?? [])
        for segment in segments where chunk.overlap > 0 && segment.start < chunk.overlapSeconds {
            guard let label = segment.speaker, !known.contains(label), mapping[label] == nil,
                  let match = Self.bestMatch(start: offset + segment.start, end: offset + min(segment.end, chunk.overlapSeconds),
                                             in: heard),
                  !used.contains(match) else { continue }
            mapping[label] = match
            used.insert(match)
        }
        var turns: [LiveTurn] = []
        for segment in segments {
            let name = self.name(for: segment.speaker, known: known, mapping: &mapping, used: &used)
            remember(name)
            keepReference(for: name, segment: segment, chunk: chunk)
            if segment.speaker != nil {
                timeline.append(LiveTurn(speaker: name, start: offset + segment.start, end: offset + segment.end, text: ""))
            }
            guard !isInOverlap(segment, chunk) else { continue }
            let text = segment.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard !text.isEmpty else { continue }
            turns.append(LiveTurn(speaker: name, start: Self.milliseconds(offset + segment.start),
                                  end: Self.milliseconds(offset + segment.end), text: text))
        }
        let latest = timeline.map(\.end).max() ?? 0
        timeline.removeAll { $0.end < latest - Self.timelineSeconds }
        return turns
    }

    /// The name for a segment's label: a known speaker's own name, the name the overlap mapped it to, the
    /// label written as `transcribe` writes it, or, when another label of this chunk already has that name or it
    /// is taken, the first earlier name not heard in this chunk (else a new letter).
    private func name(for label: String?, known: Set<String>, mapping: inout [String: String], used: inout Set<String>) -> String {
        guard let label else { return TranscriptionResult.speakerName(nil) }
        if known.contains(label) { return label }
        if let mapped = mapping[label] { return mapped }
        var name = TranscriptionResult.speakerName(label)
        if used.contains(name) || takenNames.contains(name) {
            name = names.first { !used.contains($0) } ?? Self.freshName(avoiding: Set(names).union(used).union(takenNames))
        }
        mapping[label] = name
        used.insert(name)
        return name
    }

    private mutating func remember(_ name: String) {
        if !names.contains(name) { names.append(name) }
    }

    /// Keeps a clip of `segment` as the reference of `name` when it has none and the segment is long enough.
    private mutating func keepReference(for name: String, segment: TranscriptionResult.Segment, chunk: AudioChunk) {
        guard segment.speaker != nil, knownSpeakers.count < KnownSpeaker.limit,
              !knownSpeakers.contains(where: { $0.name == name }),
              segment.end - segment.start >= Self.referenceSeconds.lowerBound else { return }
        let rate = Double(chunk.sampleRate)
        let first = min(chunk.samples.count, max(0, Int(segment.start * rate)))
        let last = min(chunk.samples.count, Int(min(segment.end, segment.start + Self.referenceSeconds.upperBound) * rate))
        guard Double(last - first) >= Self.referenceSeconds.lowerBound * rate else { return }
        let wav = WAVEncoder.wav(chunk.samples[first..<last], sampleRate: chunk.sampleRate)
        knownSpeakers.append(KnownSpeaker(name: name, reference: "data:audio/wav;base64," + Data(wav).base64EncodedString()))
    }

    /// `seconds` to the millisecond: a turn at 7 s must not be written as 00:00:06 because the chunk started at
    /// 3.49 s and the model said 3.51 s.
    static func milliseconds(_ seconds: Double) -> Double {
        (seconds * 1000).rounded() / 1000
    }

    /// True when most of `segment` lies in the overlap, the previous chunk's audio sent again.
    private func isInOverlap(_ segment: TranscriptionResult.Segment, _ chunk: AudioChunk) -> Bool {
        chunk.overlap > 0 && (segment.start + segment.end) / 2 < chunk.overlapSeconds
    }

    /// The speaker of the turn in `turns` that overlaps `start...end` the longest, if any does.
    static func bestMatch(start: Double, end: Double, in turns: [LiveTurn]) -> String? {
        var best: (overlap: Double, speaker: String)?
        for turn in turns {
            let overlap = min(end, turn.end) - max(start, turn.start)
            if overlap > 0, overlap > best?.overlap ?? 0 { best = (overlap, turn.speaker) }
        }
        return best?.speaker
    }

    /// `Speaker A`, `Speaker B`, … the first not in `taken`.
    static func freshName(avoiding taken: Set<String>) -> String {
        for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" where !taken.contains("Speaker \(letter)") { return "Speaker \(letter)" }
        var number = 27
        while taken.contains("Speaker \(number)") { number += 1 }
        return "Speaker \(number)"
    }
}
