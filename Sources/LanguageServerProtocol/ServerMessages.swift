import JSONRPC
import JSONText

/// The notifications the server sends of its own accord.
extension Message {
    /// `window/logMessage`: how input the server drops (a framing error, a message for a closed
    /// document) is told without answering anything (issue 24: never a crash, never silence on
    /// stdout's protocol, never anything but protocol there).
    public static func logMessage(_ type: MessageType, _ text: String) -> Message {
        .notification(method: "window/logMessage", params: LogMessageParams(type: type, message: text).json)
    }

    /// `textDocument/publishDiagnostics`: the whole set for one document.
    public static func publishDiagnostics(_ params: PublishDiagnosticsParams) -> Message {
        .notification(method: "textDocument/publishDiagnostics", params: params.json)
    }
}
