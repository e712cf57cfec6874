import CCurl

/// Initialises libcurl exactly once per process; `curl_global_init` is not thread-safe to race.
enum CurlRuntime {
    private static let initialised: Bool = {
        curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK
    }()

    static func ensureInitialised() {
        _ = initialised
    }

    static func message(for code: CURLcode) -> String {
        String(cString: curl_easy_strerror(code))
    }
}
