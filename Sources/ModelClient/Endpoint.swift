import CCurl

/// A parsed base URL: the scheme and host libcurl will connect to, used to enforce `allowRemote`.
struct Endpoint: Sendable, Equatable {
    var scheme: String
    var host: String

    /// Parses with libcurl's own URL parser, so the host checked is the host contacted.
    static func parse(_ url: String) -> Endpoint? {
        guard let handle = curl_url() else { return nil }
        defer { curl_url_cleanup(handle) }
        guard curl_url_set(handle, CURLUPART_URL, url, 0) == CURLUE_OK else { return nil }
        guard let scheme = part(handle, CURLUPART_SCHEME)?.lowercased(), scheme == "http" || scheme == "https",
            let host = part(handle, CURLUPART_HOST), !host.isEmpty
        else { return nil }
        return Endpoint(scheme: scheme, host: host)
    }

    private static func part(_ handle: OpaquePointer, _ what: CURLUPart) -> String? {
        var value: UnsafeMutablePointer<CChar>?
        guard curl_url_get(handle, what, &value, 0) == CURLUE_OK, let value else { return nil }
        defer { curl_free(value) }
        return String(cString: value)
    }

    /// True for localhost, 127.0.0.0/8 and ::1 — addresses that never leave this machine.
    var isLoopback: Bool {
        var name = host.lowercased()
        if name.hasPrefix("[") && name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        if name.hasSuffix(".") { name.removeLast() }
        if name == "localhost" || name.hasSuffix(".localhost") { return true }
        if name == "::1" || name == "0:0:0:0:0:0:0:1" { return true }
        let octets = name.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets.allSatisfy({ UInt8($0) != nil }) else { return false }
        return octets[0] == "127"
    }
}
