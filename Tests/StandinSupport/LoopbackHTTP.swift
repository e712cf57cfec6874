#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One HTTP/1.1 POST to 127.0.0.1, answered with `Connection: close`, as the stand-in's control endpoints answer.
enum LoopbackHTTP {
    /// The body of the response to POST `body` to `path` on 127.0.0.1:`port`. Blocking: call it off the pool.
    static func post(port: Int, path: String, body: [UInt8]) throws(StandinError) -> [UInt8] {
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw StandinError(message: "socket: errno \(errno)") }
        defer { close(descriptor) }
        // A stand-in that stopped answering fails the test instead of hanging it.
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw StandinError(message: "connect to 127.0.0.1:\(port): errno \(errno)") }

        let head = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Type: application/json\r\n"
            + "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        let request = Array(head.utf8) + body
        var sent = 0
        while sent < request.count {
            let count = request[sent...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw StandinError(message: "send to the stand-in: errno \(errno)") }
            sent += count
        }

        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw StandinError(message: "read from the stand-in: errno \(errno)") }
            if count == 0 { break }
            response += buffer[..<count]
        }
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let end = response.indices.first(where: { response[$0...].starts(with: separator) }),
              String(decoding: response[..<end], as: UTF8.self).split(separator: " ").dropFirst().first == "200"
        else { throw StandinError(message: "the stand-in answered \(String(decoding: response.prefix(200), as: UTF8.self))") }
        return Array(response[(end + separator.count)...])
    }
}
