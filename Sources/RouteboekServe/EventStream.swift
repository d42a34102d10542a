import Foundation
import Hummingbird

/// `/__routeboek/events`: a Server-Sent Events stream of build statuses. The first event is the current
/// status; each build sends another. Heartbeat comments let a closed tab's stream notice and end.
enum EventStream {
    static func response(hub: BuildStatusHub) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-store"
        let body = ResponseBody { writer in
            // The browser reconnects by itself (after `retry` ms) when the server restarts.
            try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
            for await message in hub.subscribe() {
                try await writer.write(ByteBuffer(string: encode(message)))
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    static func encode(_ message: BuildStatusHub.Message) -> String {
        switch message {
        case .heartbeat:
            return ": heartbeat\n\n"
        case .status(let status):
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let json = (try? encoder.encode(status)).flatMap { String(data: $0, encoding: .utf8) } ?? #"{"build":0,"ok":true,"errors":[]}"#
            return "event: build\ndata: \(json)\n\n"
        }
    }
}
