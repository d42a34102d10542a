import Foundation
import Testing
@testable import RouteboekServe
#if canImport(Glibc)
import Glibc
#endif

/// A socket listening on a free loopback port, holding it until `close()`.
struct PortHolder {
    let fd: Int32
    let port: Int

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.fd = fd
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
                bind(fd, pointer, length) == 0 && listen(fd, 1) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        try #require(bound)
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    func close() { _ = Glibc.close(fd) }
}

@Suite struct PortTests {
    @Test func reportsAPortInUse() async throws {
        let holder = try PortHolder()
        defer { holder.close() }
        let folder = try TempFolder()
        defer { folder.remove() }
        let server = PreviewServer(output: folder.url, hub: BuildStatusHub(), port: holder.port)
        await #expect(throws: ServeError.portInUse(holder.port)) {
            try await server.run()
        }
        let message = ServeError.portInUse(holder.port).description
        #expect(message.contains("\(holder.port)"))
        #expect(message.contains("--port"))
    }

    @Test func translatesTheServersOwnBindError() async throws {
        // Without the early check, the server's bind fails; that error becomes the same clear one.
        let holder = try PortHolder()
        defer { holder.close() }
        let folder = try TempFolder()
        defer { folder.remove() }
        let server = PreviewServer(output: folder.url, hub: BuildStatusHub(), port: holder.port)
        await #expect(throws: ServeError.portInUse(holder.port)) {
            try await server.serve(onListening: { _ in })
        }
    }

    @Test func servesOnAFreePortUntilCancelled() async throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try folder.write("<html><body>live</body></html>", to: "index.html")
        let holder = try PortHolder()
        let port = holder.port
        holder.close()
        let listening = AsyncStream.makeStream(of: Int.self)
        let server = PreviewServer(output: folder.url, hub: BuildStatusHub(), port: port)
        let task = Task { try await server.run { listening.continuation.yield($0) } }
        var iterator = listening.stream.makeAsyncIterator()
        let actual = await iterator.next()
        #expect(actual == port)
        let page = try await HTTPGet.fetch(port: port, path: "/")
        #expect(page.contains("live"))
        #expect(page.contains("reload.js"))
        task.cancel()
        try await task.value
    }
}
