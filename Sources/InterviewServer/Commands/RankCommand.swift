import Analysis
import Blocking
import JSON
import JSONRPC

/// `interview.rank` `[{uri}]` (the JD of a role, or any of its files): the role's candidates ranked, the same
/// object as `interview-lsp rank --format json`.
enum RankCommand: InterviewCommand {
    static let name = "interview.rank"
    static let usage = "[{\"uri\": <a document of the role>}]"

    static func arguments(from argument: JSON) throws(ResponseError) -> String {
        try argument.requiredString("uri")
    }

    static func run(_ uri: String, request: CommandRequest, on server: isolated InterviewLanguageServer)
        async throws(ResponseError) -> JSON {
        guard let context = await server.documentContext(uri: uri) else {
            throw .invalidParams("\(uri) is not a document of an open session")
        }
        guard let ranking = await server.ranking(in: context.directory, minimumCandidates: 1) else {
            throw .invalidParams("\(uri): no candidate in this role (a sub-folder with a CV, or a CV file beside the JD)")
        }
        return RankReport.json(ranking)
    }
}

extension InterviewLanguageServer {
    /// The ranking of the role that the session folder `directory` is, from its last finished analysis (open
    /// buffers included), computed off the actor; nil with fewer than `minimumCandidates` candidates.
    func ranking(in directory: String, minimumCandidates: Int) async -> RoleRanking? {
        // One ranking per analysis, shared by the requests that ask while it is computed.
        guard let state = workspace.sessions[directory], let analysis = state.analysis else { return nil }
        let generation = state.analyzedGeneration
        if let cached = state.ranking, cached.generation == generation {
            let ranking = await cached.task.value
            return ranking.candidates.count >= max(1, minimumCandidates) ? ranking : nil
        }
        let task: Task<RoleRanking, Never>
        if let role = state.role {
            // A role's candidates are analysed already, each alone: ranking them only orders them.
            task = Task { await BlockingWork.run { role.ranking } }
        } else {
            let role = RoleFolder(session: analysis.session)
            guard role.candidates.count >= max(1, minimumCandidates) else { return nil }
            let (analyzer, skills) = (analyzer, settings(for: directory).skills)
            task = Task { await BlockingWork.run { RoleRanking(role: role, analyze: { analyzer($0, skills) }) } }
        }
        workspace.sessions[directory]?.ranking = (generation, task)
        let ranking = await task.value
        return ranking.candidates.count >= max(1, minimumCandidates) ? ranking : nil
    }
}
