import Testing
@testable import JSON

@Suite struct JSONRoundTripTests {
    @Test func parsesEveryValueKind() throws {
        let value = try JSON.parse(#"{"a":[1,2.5,"x",true,false,null],"b":{"c":"é"}}"#)
        #expect(value["a"] == [1, 2.5, "x", true, false, nil])
        #expect(value["b"]?["c"]?.stringValue == "é")
    }

    @Test func printsKeysSortedSoOutputIsDeterministic() {
        let value: JSON = ["zeta": 1, "alpha": ["b": 2, "a": 1], "mid": "ü"]
        #expect(value.serialized() == #"{"alpha":{"a":1,"b":2},"mid":"ü","zeta":1}"#)
    }

    @Test func reportsWhereMalformedTextFails() {
        #expect(throws: JSONError.self) { try JSON.parse("{\"a\": }") }
        do {
            _ = try JSON.parse("{\n\"a\": }")
        } catch {
            #expect(error.line == 2)
        }
    }

    @Test func keepsEmbeddedNulAndNonASCIIStrings() throws {
        let value = JSON.string("a\u{0}b 🎉")
        #expect(try JSON.parse(value.serialized()) == value)
    }

    @Test func printsShortDecimalsWithoutBinaryNoise() {
        #expect(JSON.double(0.1).serialized() == "0.1")
    }
}
