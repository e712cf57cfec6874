import Analysis
import Assistant
@testable import InterviewServer
import LanguageServerProtocol
import Testing

private func position(_ line: Int, _ character: Int) -> SourcePosition {
    SourcePosition(line: line, character: character)
}

private func contains(_ outer: LanguageServerProtocol.Range, _ inner: LanguageServerProtocol.Range) -> Bool {
    outer.start <= inner.start && inner.end <= outer.end
}

private func checkSelectionsInside(_ symbols: [DocumentSymbol]) {
    for symbol in symbols {
        #expect(contains(symbol.range, symbol.selectionRange), "\(symbol.name)")
        checkSelectionsInside(symbol.children)
    }
}

private let session = Session(root: "/s", documents: [
    SessionDocument(path: "jd.md", kind: .jd, text: SourceText("# Backend Engineer\n\n## Requirements\n\n- Python\n- Erlang/OTP\n\n## Nice to have\n\n- Terraform\n")),
    SessionDocument(path: "cv.md", kind: .cv, text: SourceText("# Maya\n\n## Experience\n\n### Engineer, Lumen Pay (2019 – present)\n\n- Python services\n\n## Skills\n\nPython\n")),
    SessionDocument(path: "transcript.md", kind: .transcript, text: SourceText("Interviewer: Python?\nCandidate: [00:01:02] Yes, for years.\n")),
])

@Test func everyOutlineSymbolHoldsItsSelectionRange() {
    let analysis = SessionAnalyzer(taxonomy: .bundled).analyze(session)
    for document in session.documents {
        let symbols = DocumentSymbolHandler.symbols(for: DocumentOutline.items(for: document, in: analysis))
        #expect(!symbols.isEmpty, "\(document.path)")
        checkSelectionsInside(symbols)
    }
}

@Test func aSelectionOutsideItsRangeWidensTheRange() {
    let item = OutlineItem(name: "Requirements", detail: nil, kind: .section,
                           range: SourceRange(start: position(3, 0), end: position(5, 4)),
                           selectionRange: SourceRange(start: position(2, 0), end: position(2, 15)))
    let symbol = DocumentSymbolHandler.symbol(for: item)
    #expect(symbol.range == LanguageServerProtocol.Range(start: Position(line: 2, character: 0), end: Position(line: 5, character: 4)))
    #expect(symbol.kind == .namespace)
}

@Test func outlineKindsMapToEditorSymbolKinds() {
    #expect(DocumentSymbolHandler.kind(of: .section) == .namespace)
    #expect(DocumentSymbolHandler.kind(of: .requirement) == .field)
    #expect(DocumentSymbolHandler.kind(of: .role) == .class)
    #expect(DocumentSymbolHandler.kind(of: .turn) == .event)
}

@Test func theJDOutlineShowsEachRequirementsPriorityAndStatusUnderItsSection() {
    let analysis = SessionAnalyzer(taxonomy: .bundled).analyze(session)
    let jd = session.documents[1]
    #expect(jd.path == "jd.md")
    let symbols = DocumentSymbolHandler.symbols(for: DocumentOutline.items(for: jd, in: analysis))
    let requirements = symbols.first { $0.name == "Requirements" }
    #expect(requirements?.children.map(\.name) == ["Python", "Erlang/OTP"])
    #expect(requirements?.children.last?.detail == "must · unmet")
    #expect(symbols.first { $0.name == "Nice to have" }?.children.first?.detail?.hasPrefix("nice · ") == true)
}

@Test func clientsWithoutHierarchySeeAFlatListWithContainers() {
    let child = DocumentSymbol(name: "Erlang/OTP", detail: "must · unmet", kind: .field,
                               range: Range(start: Position(line: 5, character: 2), end: Position(line: 5, character: 12)),
                               selectionRange: Range(start: Position(line: 5, character: 2), end: Position(line: 5, character: 12)))
    let parent = DocumentSymbol(name: "Requirements", detail: nil, kind: .namespace,
                                range: Range(start: Position(line: 2, character: 0), end: Position(line: 5, character: 12)),
                                selectionRange: Range(start: Position(line: 2, character: 0), end: Position(line: 2, character: 15)),
                                children: [child])
    let flat = parent.flattened(uri: "file:///s/jd.md")
    #expect(flat.count == 2)
    #expect(flat[1]["name"] == "Erlang/OTP (must · unmet)")
    #expect(flat[1]["containerName"] == "Requirements")
    #expect(flat[1]["location"]?["uri"] == "file:///s/jd.md")
}
