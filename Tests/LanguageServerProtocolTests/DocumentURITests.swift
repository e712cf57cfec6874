import LanguageServerProtocol
import Testing

@Test func aPlainPathBecomesAFileURIAndBack() {
    let uri = DocumentURI(path: "/home/ana/interviews/jd.md")
    #expect(uri.string == "file:///home/ana/interviews/jd.md")
    #expect(uri.path == "/home/ana/interviews/jd.md")
}

@Test func spacesAndNonASCIIArePercentEncodedBothWays() {
    let path = "/tmp/Ana Lima/résumé #2.md"
    let uri = DocumentURI(path: path)
    #expect(uri.string == "file:///tmp/Ana%20Lima/r%C3%A9sum%C3%A9%20%232.md")
    #expect(uri.path == path)
}

@Test func clientEncodingsOfTheSamePathDecodeAlike() {
    #expect(DocumentURI(string: "file:///tmp/a%3Ab.md").path == "/tmp/a:b.md")
    #expect(DocumentURI(string: "file:///tmp/a:b.md").path == "/tmp/a:b.md")
    #expect(DocumentURI(string: "file://localhost/tmp/x.md").path == "/tmp/x.md")
}

@Test func nonFileURIsHaveNoPath() {
    #expect(DocumentURI(string: "untitled:Untitled-1").path == nil)
    #expect(DocumentURI(string: "file://server/share/x.md").path == nil)
    #expect(DocumentURI(string: "file:///tmp/bad%zz").path == nil)
}
