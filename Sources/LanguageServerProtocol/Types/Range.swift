import JSON
import JSONRPC

/// A half-open range between two positions.
public struct Range: Hashable, Sendable {
    public var start: Position
    public var end: Position

    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }

    public init(json: JSON) throws(ResponseError) {
        self.init(start: try Position(json: try json.required("start")), end: try Position(json: try json.required("end")))
    }

    public var json: JSON { ["start": start.json, "end": end.json] }
}
