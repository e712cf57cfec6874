import JSON
import ProductInfo

/// The `check --format sarif` report: a SARIF 2.1.0 log for code-scanning viewers.
struct SARIFReport {
    var analysis: SessionAnalysis
    var toolVersion: String

    /// The base id that artifact URIs are relative to: the session folder.
    static let uriBaseId = "SESSIONROOT"

    var value: JSON {
        let findings = analysis.findings
        var run: [String: JSON] = [
            "tool": ["driver": driver],
            "columnKind": "utf16CodeUnits",
            "results": .array(findings.map(result)),
            "invocations": [invocation],
        ]
        if analysis.session.root.hasPrefix("/") {
            let root = analysis.session.root.hasSuffix("/") ? analysis.session.root : analysis.session.root + "/"
            run["originalUriBaseIds"] = [Self.uriBaseId: ["uri": .string("file://" + percentEncoded(root))]]
        }
        return [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [.object(run)],
        ]
    }

    private var driver: JSON {
        [
            "name": .string(ProductInfo.name),
            "version": .string(toolVersion),
            "rules": .array(FindingRule.all.map { rule in
                [
                    "id": .string(rule.code),
                    "name": .string(rule.name),
                    "shortDescription": ["text": .string(rule.shortDescription)],
                    "fullDescription": ["text": .string(rule.fullDescription)],
                    "defaultConfiguration": ["level": .string(rule.defaultLevel)],
                ]
            }),
        ]
    }

    private var invocation: JSON {
        [
            "executionSuccessful": true,
            "toolExecutionNotifications": .array(analysis.problems.map { problem in
                [
                    "level": "warning",
                    "message": ["text": .string(problem.message)],
                    "locations": [["physicalLocation": ["artifactLocation": artifact(problem.path)]]],
                ]
            }),
        ]
    }

    private func result(_ finding: Finding) -> JSON {
        let requirement = finding.assessment.requirement
        let ruleIndex = FindingRule.all.firstIndex { $0.code == finding.code } ?? 0
        return [
            "ruleId": .string(finding.code),
            "ruleIndex": .int(ruleIndex),
            "level": finding.severity == .warning ? "warning" : "note",
            "message": ["text": .string(finding.message)],
            "locations": [location(path: requirement.path, range: requirement.range, text: nil)],
            "relatedLocations": .array(finding.assessment.evidence.enumerated().map { index, evidence in
                var related = location(path: evidence.excerpt.path, range: evidence.excerpt.range, text: evidence.excerpt.text).objectValue ?? [:]
                related["id"] = .int(index)
                return .object(related)
            }),
            "partialFingerprints": ["requirementId": .string(requirement.id)],
            "properties": [
                "requirementId": .string(requirement.id),
                "requirement": .string(requirement.text),
                "priority": .string(requirement.priority.rawValue),
                "status": .string(finding.assessment.status.rawValue),
            ],
        ]
    }

    private func location(path: String, range: SourceRange, text: String?) -> JSON {
        var location: [String: JSON] = [
            "physicalLocation": ["artifactLocation": artifact(path), "region": range.sarifRegion],
        ]
        if let text { location["message"] = ["text": .string(text)] }
        return .object(location)
    }

    private func artifact(_ path: String) -> JSON {
        ["uri": .string(percentEncoded(path)), "uriBaseId": .string(Self.uriBaseId)]
    }

    /// Encodes what a URI reference cannot carry literally (spaces, `%`, `#`, `?`, non-ASCII), keeping `/`.
    private func percentEncoded(_ path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            let unreserved = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || [UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/")].contains(byte)
            if unreserved {
                encoded.append(Character(Unicode.Scalar(byte)))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return encoded
    }
}
