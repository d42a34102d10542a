/// Why the preview server could not start.
public enum ServeError: Error, Equatable, CustomStringConvertible {
    case portInUse(Int)
    case cannotListen(host: String, port: Int, reason: String)

    public var description: String {
        switch self {
        case .portInUse(let port):
            "port \(port) is already in use (another `routeboek serve`?); choose another with --port, for example --port \(port == 65535 ? 8081 : port + 1)"
        case .cannotListen(let host, let port, let reason):
            "cannot listen on \(host):\(port): \(reason)"
        }
    }
}
