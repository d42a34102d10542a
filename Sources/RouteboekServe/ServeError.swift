import Messages

/// Why the preview server could not start.
public enum ServeError: Error, Equatable, CustomStringConvertible {
    case portInUse(Int)
    case cannotListen(host: String, port: Int, reason: String)

    public var message: Message {
        switch self {
        case .portInUse(let port): .portInUse(port, suggestion: port == 65535 ? 8081 : port + 1)
        case .cannotListen(let host, let port, let reason): .cannotListen("\(host):\(port)", reason: reason)
        }
    }

    public var description: String { message.description }
}
