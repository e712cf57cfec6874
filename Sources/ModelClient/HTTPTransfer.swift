import Blocking
import CCurl
import CCurlShims
import Synchronization

/// Receives body bytes of a successful (2xx) response as they arrive; returning false stops the transfer.
typealias ChunkHandler = @Sendable ([UInt8]) -> Bool

/// One libcurl transfer: owns its easy, multi, header-list and mime handles and frees them.
///
/// `curl_easy_perform` blocks, so the transfer is driven through a private multi handle on a
/// dedicated thread; cancellation sets a flag and wakes the multi poll, so an abort takes effect
/// within milliseconds instead of waiting for libcurl's once-a-second progress callback.
final class HTTPTransfer: @unchecked Sendable {
    // @unchecked Sendable: the curl handles are raw C pointers confined to the transfer thread, except the
    // multi handle's thread-safe `curl_multi_wakeup`, which `finished` (under its mutex) keeps from racing the cleanup.
    private let easy: UnsafeMutableRawPointer
    private let multi: UnsafeMutableRawPointer
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private var mime: OpaquePointer?
    private let sink: ResponseSink
    private let finished = Mutex(false)
    private let errorBuffer: UnsafeMutablePointer<CChar> = {
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        buffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        return buffer
    }()

    /// Longest wait inside one poll; cancellation wakes the poll early, this only bounds a missed wake-up.
    private static let pollIntervalMs: Int32 = 50

    private init(easy: UnsafeMutableRawPointer, multi: UnsafeMutableRawPointer, onChunk: ChunkHandler?) {
        self.easy = easy
        self.multi = multi
        self.sink = ResponseSink(onChunk: onChunk)
    }

    deinit {
        curl_multi_remove_handle(multi, easy)
        curl_easy_cleanup(easy)
        // The easy handle refers to the form and header list until it is cleaned up.
        if let mime { curl_mime_free(mime) }
        curl_multi_cleanup(multi)
        curl_slist_free_all(headerList)
        errorBuffer.deallocate()
    }

    /// Runs `request` on a thread of its own (`BlockingWork`); Task cancellation aborts it and throws `TransferFailure.cancelled`.
    static func perform(_ request: HTTPRequest, onChunk: ChunkHandler? = nil) async throws(TransferFailure) -> HTTPResponse {
        let transfer = try make(request, onChunk: onChunk)
        let result: Result<HTTPResponse, TransferFailure> = await withTaskCancellationHandler {
            await BlockingWork.run { transfer.run() }
        } onCancel: {
            transfer.cancel()
        }
        return try result.get()
    }

    private static func make(_ request: HTTPRequest, onChunk: ChunkHandler?) throws(TransferFailure) -> HTTPTransfer {
        CurlRuntime.ensureInitialised()
        guard let easy = curl_easy_init() else { throw .connection("libcurl could not start a transfer") }
        guard let multi = curl_multi_init() else {
            curl_easy_cleanup(easy)
            throw .connection("libcurl could not start a transfer")
        }
        let transfer = HTTPTransfer(easy: easy, multi: multi, onChunk: onChunk)
        try transfer.configure(request)
        return transfer
    }

    /// Sets the easy handle's options for `request`; all are set even after one is rejected, then a rejection fails.
    private func configure(_ request: HTTPRequest) throws(TransferFailure) {
        var set = OptionResults()
        setConnectionOptions(request, &set)
        setHeaders(request.headers, &set)
        switch request.body {
        case .json(let bytes):
            setJSONBody(bytes, &set)
        case .multipart(let parts):
            try setForm(parts, &set)
        }
        setCallbacks(&set)
        guard set.allAccepted else { throw .connection("libcurl rejected the request options") }
    }

    /// Where to connect, over which protocols and with which limits, TLS checks and proxy.
    private func setConnectionOptions(_ request: HTTPRequest, _ set: inout OptionResults) {
        set(shim_curl_setopt_string(easy, CURLOPT_URL, request.url))
        set(shim_curl_setopt_string(easy, CURLOPT_PROTOCOLS_STR, "http,https"))
        set(shim_curl_setopt_long(easy, CURLOPT_NOSIGNAL, 1))
        set(shim_curl_setopt_long(easy, CURLOPT_FOLLOWLOCATION, 0))
        // TLS verification stays on; set explicitly so no environment default can weaken it.
        set(shim_curl_setopt_long(easy, CURLOPT_SSL_VERIFYPEER, 1))
        set(shim_curl_setopt_long(easy, CURLOPT_SSL_VERIFYHOST, 2))
        set(shim_curl_setopt_long(easy, CURLOPT_CONNECTTIMEOUT_MS, request.connectTimeoutMs))
        set(shim_curl_setopt_long(easy, CURLOPT_TIMEOUT_MS, request.totalTimeoutMs))
        set(shim_curl_setopt_string(easy, CURLOPT_ACCEPT_ENCODING, ""))
        if request.bypassProxy {
            set(shim_curl_setopt_string(easy, CURLOPT_NOPROXY, "*"))
        }
        set(shim_curl_setopt_pointer(easy, CURLOPT_ERRORBUFFER, errorBuffer))
    }

    /// The request headers, in a list the handle refers to until `deinit` frees it.
    private func setHeaders(_ headers: [String], _ set: inout OptionResults) {
        for header in headers {
            headerList = curl_slist_append(headerList, header)
        }
        set(shim_curl_setopt_pointer(easy, CURLOPT_HTTPHEADER, headerList))
    }

    private func setJSONBody(_ bytes: [UInt8], _ set: inout OptionResults) {
        set(shim_curl_setopt_long(easy, CURLOPT_POST, 1))
        set(shim_curl_setopt_off_t(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(bytes.count)))
        // COPYPOSTFIELDS copies now (POSTFIELDSIZE bytes), so the array need not outlive this call;
        // the extra NUL keeps the pointer valid even for an empty body.
        var copy = bytes
        copy.append(0)
        copy.withUnsafeMutableBytes { buffer in
            set(shim_curl_setopt_pointer(easy, CURLOPT_COPYPOSTFIELDS, buffer.baseAddress))
        }
    }

    /// A multipart/form-data upload, in a form the handle refers to until `deinit` frees it.
    private func setForm(_ parts: [MultipartPart], _ set: inout OptionResults) throws(TransferFailure) {
        guard let form = curl_mime_init(easy) else { throw .connection("libcurl could not build the upload") }
        mime = form
        for part in parts {
            guard let field = curl_mime_addpart(form) else { throw .connection("libcurl could not build the upload") }
            set(curl_mime_name(field, part.name))
            switch part.content {
            case .text(let text):
                set(curl_mime_data(field, text, text.utf8.count))
            case .file(let path, let contentType):
                set(curl_mime_filedata(field, path))
                if let contentType { set(curl_mime_type(field, contentType)) }
            case .bytes(let bytes, let fileName, let contentType):
                // curl_mime_data copies the bytes, so the array need not outlive this call.
                bytes.withUnsafeBytes { buffer in
                    set(curl_mime_data(field, buffer.baseAddress?.assumingMemoryBound(to: CChar.self), buffer.count))
                }
                set(curl_mime_filename(field, fileName))
                if let contentType { set(curl_mime_type(field, contentType)) }
            }
        }
        set(shim_curl_setopt_pointer(easy, CURLOPT_MIMEPOST, UnsafeMutableRawPointer(form)))
    }

    /// The body, header and progress callbacks, each reaching `sink` through its userdata pointer; the
    /// progress callback aborts a cancelled transfer.
    private func setCallbacks(_ set: inout OptionResults) {
        let context = Unmanaged.passUnretained(sink).toOpaque()
        set(shim_curl_setopt_write_function(easy) { data, size, count, context in
            guard let data, let context else { return 0 }
            let sink = Unmanaged<ResponseSink>.fromOpaque(context).takeUnretainedValue()
            let length = size * count
            return sink.receive(UnsafeRawBufferPointer(start: data, count: length)) ? length : 0
        })
        set(shim_curl_setopt_pointer(easy, CURLOPT_WRITEDATA, context))
        set(shim_curl_setopt_header_function(easy) { data, size, count, context in
            guard let data, let context else { return 0 }
            let sink = Unmanaged<ResponseSink>.fromOpaque(context).takeUnretainedValue()
            let length = size * count
            sink.receiveHeader(UnsafeRawBufferPointer(start: data, count: length))
            return length
        })
        set(shim_curl_setopt_pointer(easy, CURLOPT_HEADERDATA, context))
        set(shim_curl_setopt_long(easy, CURLOPT_NOPROGRESS, 0))
        set(shim_curl_setopt_xferinfo_function(easy) { context, _, _, _, _ in
            guard let context else { return 0 }
            return Unmanaged<ResponseSink>.fromOpaque(context).takeUnretainedValue().isCancelled ? 1 : 0
        })
        set(shim_curl_setopt_pointer(easy, CURLOPT_XFERINFODATA, context))
    }

    /// Asks the running transfer to stop; safe from any thread, at any time.
    func cancel() {
        sink.markCancelled()
        finished.withLock { finished in
            if !finished { curl_multi_wakeup(multi) }
        }
    }

    /// Drives the transfer to completion on the calling (dedicated) thread.
    private func run() -> Result<HTTPResponse, TransferFailure> {
        defer { finished.withLock { $0 = true } }
        guard curl_multi_add_handle(multi, easy) == CURLM_OK else {
            return .failure(.connection("libcurl could not start the transfer"))
        }
        var running: Int32 = 1
        var result = CURLE_OK
        while true {
            if sink.isCancelled { return .failure(.cancelled) }
            guard curl_multi_perform(multi, &running) == CURLM_OK else {
                return .failure(.connection("libcurl failed while transferring"))
            }
            if running == 0 {
                _ = shim_curl_multi_next_done(multi, &result)
                break
            }
            _ = curl_multi_poll(multi, nil, 0, Self.pollIntervalMs, nil)
        }
        if sink.isCancelled { return .failure(.cancelled) }
        var status = 0
        shim_curl_getinfo_long(easy, CURLINFO_RESPONSE_CODE, &status)
        switch result {
        case CURLE_OK:
            return .success(sink.response(status: status))
        case CURLE_OPERATION_TIMEDOUT:
            var connectTime = 0.0
            shim_curl_getinfo_double(easy, CURLINFO_CONNECT_TIME, &connectTime)
            return .failure(connectTime == 0 ? .connectTimedOut : .timedOut)
        case CURLE_WRITE_ERROR where sink.stoppedByHandler:
            return .failure(.stoppedByHandler)
        case CURLE_ABORTED_BY_CALLBACK:
            return .failure(.cancelled)
        default:
            let detail = String(cString: errorBuffer)
            return .failure(.connection(detail.isEmpty ? CurlRuntime.message(for: result) : detail))
        }
    }
}

/// Whether libcurl accepted every option set so far: `set(code)` records one result.
private struct OptionResults {
    private(set) var allAccepted = true

    mutating func callAsFunction(_ code: CURLcode) {
        if code != CURLE_OK { allAccepted = false }
    }
}

/// The userdata behind libcurl's callbacks: collects the status line, headers and body.
private final class ResponseSink: Sendable {
    /// Written by libcurl's callbacks on the transfer thread, read there after it finishes; `cancelled` is
    /// also set from the cancelling thread.
    private struct State {
        var cancelled = false
        var stoppedByHandler = false
        var status = 0
        var headers: [String: String] = [:]
        var body: [UInt8] = []
    }

    private let onChunk: ChunkHandler?
    private let state = Mutex(State())

    init(onChunk: ChunkHandler?) {
        self.onChunk = onChunk
    }

    var isCancelled: Bool { state.withLock { $0.cancelled } }

    var stoppedByHandler: Bool { state.withLock { $0.stoppedByHandler } }

    func markCancelled() {
        state.withLock { $0.cancelled = true }
    }

    func receiveHeader(_ bytes: UnsafeRawBufferPointer) {
        let line = String(decoding: bytes, as: UTF8.self).trimmingWhitespace
        state.withLock { state in
            if line.hasPrefix("HTTP/") {
                // A new status line (after 100 Continue or a proxy CONNECT) starts a fresh header set.
                let fields = line.split(separator: " ")
                state.status = fields.count > 1 ? Int(fields[1]) ?? 0 : 0
                state.headers = [:]
            } else if let colon = line.firstIndex(of: ":") {
                let name = line[..<colon].lowercased()
                state.headers[name] = String(line[line.index(after: colon)...]).trimmingWhitespace
            }
        }
    }

    func receive(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let streams = state.withLock { state -> Bool? in
            if state.cancelled { return nil }
            // Error bodies are always collected whole so the caller can read the server's message.
            guard onChunk != nil, (200..<300).contains(state.status) else {
                state.body.append(contentsOf: bytes)
                return false
            }
            return true
        }
        guard let streams else { return false }
        // The handler runs outside the lock: it may take its time and may cancel.
        guard streams, let onChunk else { return true }
        if onChunk(Array(bytes)) { return true }
        state.withLock { $0.stoppedByHandler = true }
        return false
    }

    func response(status finalStatus: Int) -> HTTPResponse {
        state.withLock { state in
            HTTPResponse(status: finalStatus == 0 ? state.status : finalStatus, headers: state.headers, body: state.body)
        }
    }
}
