/// A small set of word stems as a sorted array: a fraction of a `Set<String>`'s memory, which matters when a
/// 10 MB transcript keeps one per turn and sentence.
struct StemList: Sendable, Sequence {
    private let stems: [String]

    /// The distinct stems of `stems`.
    init(_ stems: some Sequence<String>) {
        var sorted = Array(stems)
        sorted.sort()
        var unique: [String] = []
        unique.reserveCapacity(sorted.count)
        for stem in sorted where unique.last != stem { unique.append(stem) }
        self.stems = unique
    }

    var isEmpty: Bool { stems.isEmpty }
    var count: Int { stems.count }

    func makeIterator() -> IndexingIterator<[String]> {
        stems.makeIterator()
    }

    func contains(_ stem: String) -> Bool {
        index(of: stem) != nil
    }

    /// The stem at `position` in sorted order.
    subscript(position: Int) -> String {
        stems[position]
    }

    /// The position of `stem` in sorted order, or nil when absent.
    func index(of stem: String) -> Int? {
        var low = 0
        var high = stems.count
        while low < high {
            let mid = (low + high) / 2
            if stems[mid] < stem { low = mid + 1 } else { high = mid }
        }
        return low < stems.count && stems[low] == stem ? low : nil
    }
}

/// The stems of each sentence of a block: the block's distinct stems once, and per sentence which of them it holds.
struct SentenceStems: Sendable {
    /// Every stem of the block.
    let all: StemList
    /// Per sentence, positions in `all` (sorted), one sentence after another; sentence `s` ends at `ends[s]`.
    private let members: [UInt32]
    private let ends: [UInt32]

    /// From each sentence's stems, in sentence order.
    init(_ perSentence: [[String]]) {
        let all = StemList(perSentence.joined())
        var members: [UInt32] = []
        var ends: [UInt32] = []
        ends.reserveCapacity(perSentence.count)
        for stems in perSentence {
            let positions = Set(stems.compactMap { all.index(of: $0) }).sorted()
            members += positions.map(UInt32.init)
            ends.append(UInt32(members.count))
        }
        self.all = all
        self.members = members
        self.ends = ends
    }

    /// Whether sentence `sentence` holds `stem`.
    func contains(_ stem: String, inSentence sentence: Int) -> Bool {
        guard let position = all.index(of: stem) else { return false }
        return positions(inSentence: sentence).contains(UInt32(position))
    }

    /// How many of `positions` (in `all`) sentence `sentence` holds.
    func count(of positions: [Int], inSentence sentence: Int) -> Int {
        let held = self.positions(inSentence: sentence)
        return positions.reduce(0) { $0 + (held.contains(UInt32($1)) ? 1 : 0) }
    }

    /// The stems of sentence `sentence`.
    func stems(inSentence sentence: Int) -> [String] {
        positions(inSentence: sentence).map { all[Int($0)] }
    }

    private func positions(inSentence sentence: Int) -> ArraySlice<UInt32> {
        let start = sentence == 0 ? 0 : Int(ends[sentence - 1])
        return members[start..<Int(ends[sentence])]
    }
}
