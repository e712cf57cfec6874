import Analysis
import SessionSupport

/// What a session folder holds on disk: its project settings and its documents.
struct FolderContents: Sendable {
    /// The folder's `.interview/config.json` and the warnings reading it gave.
    var project: (layer: SettingsLayer, warnings: [String])
    /// The folder's documents and the files that could not be used; empty when the folder could not be read.
    var disk: Session
    /// Why the folder could not be read, when it could not.
    var failure: String?

    /// Reads the folder at `directory` with the client's settings `userLayer` over its own. Blocking: call it off the actor.
    static func read(_ directory: String, userLayer: SettingsLayer) -> FolderContents {
        let project = SettingsLayer.project(in: directory)
        let globs = ServerSettings.resolve([project.layer, userLayer]).documentGlobs
        do {
            return FolderContents(project: project, disk: try SessionLoader.load(directory: directory, globs: globs))
        } catch {
            return FolderContents(project: project, disk: Session(root: directory, documents: []), failure: error.message)
        }
    }
}
