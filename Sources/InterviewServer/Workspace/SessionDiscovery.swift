import Analysis
import SessionSupport

/// Whether an open document starts a session, and in which folder, found in one trip off the actor: the folder's
/// settings decide the document's kind, and only a session document's folder (and the folder above, for a
/// subfolder without a JD) is read.
struct SessionDiscovery: Sendable {
    /// The globs the kind was decided with.
    var globs: [DocumentKind: [String]]
    var kind: DocumentKind
    /// The folder the session starts in, and what it holds; nil when the document is no session document.
    var session: (folder: String, contents: FolderContents)?

    /// Discovers the session of `document` whose own folder `directory` is not active. Blocking: call it off the actor.
    static func discover(_ document: OpenDocument, in directory: String, userLayer: SettingsLayer,
                         classifier: SessionWorkspace.Classifier,
                         reader: (String, SettingsLayer) -> FolderContents) -> SessionDiscovery {
        let globs = ServerSettings.resolve([SettingsLayer.project(in: directory).layer, userLayer]).documentGlobs
        let kind = classifier(FilePaths.relative(document.path, to: directory) ?? document.path, document.text, globs)
        var discovery = SessionDiscovery(globs: globs, kind: kind)
        guard kind != .other else { return discovery }
        let contents = reader(directory, userLayer)
        discovery.session = (directory, contents)
        if SessionWorkspace.mayBelongAbove(kind, directory: directory, holding: contents.disk) {
            let parent = FilePaths.parent(of: directory)
            let above = reader(parent, userLayer)
            if SessionWorkspace.sessionFolder(directory, above: above.disk) == parent { discovery.session = (parent, above) }
        }
        return discovery
    }
}
