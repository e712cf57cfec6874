import JSON
import JSONRPC
import LanguageServerProtocol
import Logging
import SessionSupport

/// Client and project settings, and what the server asks of the client (configuration, file watching).
extension InterviewLanguageServer {
    func applyUserSettings(_ json: JSON?) {
        let (layer, warnings) = SettingsLayer.parse(json)
        workspace.userLayer = layer
        warnings.forEach(showWarning)
        applyLogLevel(ServerSettings.resolve([layer]).logLevel)
    }

    func applyLogLevel(_ level: LogLevel?) {
        if let level, !log.levelFromEnvironment { log.level = level }
    }

    /// Settings for a session folder: the client's settings over the defaults, as far as its project file may change them.
    func settings(for directory: String) -> ServerSettings {
        workspace.settings(for: directory)
    }

    func pullConfiguration() {
        Task {
            do {
                // Neovim 0.7 drops items without `section`, so always name it.
                let result = try await connection.request("workspace/configuration", params: ["items": [["section": "interview"]]])
                if let value = result[0], !value.isNull, value.objectValue?.isEmpty == false {
                    await applyPulledSettings(value)
                }
            } catch let error as ResponseError {
                log.info("workspace/configuration failed: \(error.message)")
            } catch {
                log.info("workspace/configuration failed: \(error)")
            }
        }
    }

    func applyPulledSettings(_ value: JSON) async {
        applyUserSettings(value)
        await reanalyzeAll()
    }

    func registerFileWatchers() {
        let params: JSON = [
            "registrations": [[
                "id": "interview-watched-files",
                "method": "workspace/didChangeWatchedFiles",
                "registerOptions": ["watchers": [
                    ["globPattern": "**/*.{md,markdown,txt,vtt,srt}"],
                    ["globPattern": "**/.interview/config.json"],
                ]],
            ]],
        ]
        Task {
            do {
                _ = try await connection.request("client/registerCapability", params: params)
            } catch let error as ResponseError {
                log.info("client/registerCapability failed: \(error.message)")
            } catch {
                log.info("client/registerCapability failed: \(error)")
            }
        }
    }

    /// Asks the client to request code lenses again, when it can: what they say changed without an edit to the JD.
    func refreshCodeLenses() {
        guard capabilities.refreshesCodeLenses else { return }
        Task {
            do throws(ResponseError) {
                _ = try await connection.request("workspace/codeLens/refresh", params: nil)
            } catch {
                log.info("workspace/codeLens/refresh failed: \(error.message)")
            }
        }
    }

    func logToClient(_ type: MessageType, _ message: String) {
        log.log(type == .error ? .error : type == .warning ? .warn : .info, message)
        connection.send(Notification(method: "window/logMessage", params: ShowMessageParams(type: type, message: message).json))
    }

    func showWarning(_ message: String) {
        log.warn(message)
        connection.send(Notification(method: "window/showMessage", params: ShowMessageParams(type: .warning, message: message).json))
    }
}
