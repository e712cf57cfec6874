import JSON

extension ModelClient {
    /// Texts per embeddings request: well under the API's input limit, few enough to retry cheaply.
    public static let embeddingBatchSize = 64

    /// One vector per text, in the order given, fetched in batches of `embeddingBatchSize`.
    public func embed(_ texts: [String]) async throws -> [[Float]] {
        let endpoint = try endpoint()
        var vectors: [[Float]] = []
        vectors.reserveCapacity(texts.count)
        var start = 0
        while start < texts.count {
            let batch = Array(texts[start..<min(start + Self.embeddingBatchSize, texts.count)])
            let body: JSON = [
                "model": .string(settings.embeddingModel),
                "input": .array(batch.map { .string(outgoing($0)) }),
                "encoding_format": "float",
            ]
            let request = request(path: "/embeddings", body: .json(body.serializedBytes()), accept: "application/json", endpoint: endpoint)
            let label = "embeddings \(start + 1)–\(start + batch.count) of \(texts.count)"
            vectors += try await withRetries(label) { _ in
                try Self.parseEmbeddings(try Self.parseBody(try await send(request, label: label)), expected: batch.count)
            }
            start += batch.count
        }
        return vectors
    }

    /// Orders the returned vectors by their `index`, which the API does not promise to keep sorted.
    private static func parseEmbeddings(_ json: JSON, expected: Int) throws -> [[Float]] {
        guard let items = json["data"]?.arrayValue, items.count == expected else {
            throw AttemptFailure(error: .malformedResponse("expected \(expected) embeddings"), retryable: false)
        }
        var vectors = [[Float]?](repeating: nil, count: expected)
        for (position, item) in items.enumerated() {
            let index = item["index"]?.intValue ?? position
            guard vectors.indices.contains(index), vectors[index] == nil,
                let numbers = item["embedding"]?.arrayValue
            else {
                throw AttemptFailure(error: .malformedResponse("an embedding had a bad index or no vector"), retryable: false)
            }
            let vector = numbers.compactMap { $0.doubleValue.map(Float.init) }
            guard vector.count == numbers.count, !vector.isEmpty else {
                throw AttemptFailure(error: .malformedResponse("an embedding was not a list of numbers"), retryable: false)
            }
            vectors[index] = vector
        }
        return vectors.map { $0 ?? [] }
    }
}
