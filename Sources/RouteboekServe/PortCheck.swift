import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds out, before the server starts, whether the port can be had, so a port in use is a clear message
/// instead of an error deep in the server.
enum PortCheck {
    /// Binds a throwaway socket the way the server will (IPv4, SO_REUSEADDR) and closes it again.
    static func ensureFree(host: String, port: Int) throws {
        guard (0...65535).contains(port) else {
            throw ServeError.cannotListen(host: host, port: port, reason: "een poort is een getal van 1 tot en met 65535 (0 kiest een vrije)")
        }
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var yes: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else { return }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result != 0 else { return }
        let code = errno
        if code == EADDRINUSE { throw ServeError.portInUse(port) }
        throw ServeError.cannotListen(host: host, port: port, reason: String(cString: strerror(code)))
    }

    /// Whether an error from the server's own bind means the port is taken.
    static func isAddressInUse(_ error: any Error) -> Bool {
        let text = String(describing: error)
        return text.contains("Address already in use") || text.contains("errno: \(EADDRINUSE))")
    }
}
