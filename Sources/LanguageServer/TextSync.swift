import JSONRPC
import JSONText
import LanguageServerProtocol

/// Incremental text sync: `didOpen` takes the editor's text, `didChange` applies its ranged
/// changes in order (`TextDocumentBuffer`), `didClose` forgets it. The server never reads an open
/// document from disk, and never writes one: edits go to the client.
public enum TextSync: Capability {
    /// Handles didOpen, didChange, didClose and didSave.
    public static func register(in handlers: inout Handlers) {
        handlers.onNotification("textDocument/didOpen", DidOpenTextDocumentParams.self) { state, params in
            let item = params.textDocument
            state.documents[item.uri] = OpenDocument(buffer: TextDocumentBuffer(item, encoding: state.encoding))
            // The new buffer may be an index that links open documents: their roots are found again,
            // and what was read from disk is read again (it may be this very file).
            state.planLint.forgetRoots()
            state.disk.forget()
            state.didChange(item.uri)
        }
        handlers.onNotification("textDocument/didChange", DidChangeTextDocumentParams.self) { state, params in
            let uri = params.textDocument.uri
            guard state.documents[uri] != nil else {
                state.log(.warning, "didChange for \(uri), which is not open: dropped")
                return
            }
            // The version is required in didChange; a client that sends null keeps the one it had.
            let version = params.textDocument.version ?? state.documents[uri]?.buffer.version ?? 0
            // The analysis of the version before goes (a client may repeat a version number; the
            // text changed all the same), and goes first: it shares the buffer's bytes, which the
            // change would otherwise copy whole, on every keystroke.
            state.documents[uri]?.cached = nil
            // So does its plan, which holds that analysis too.
            state.plans[uri] = nil
            let edits = state.documents[uri]?.buffer.apply(params.contentChanges, version: version) ?? []
            for edit in edits {
                state.documents[uri]?.lint.edited(edit.replaced, insertedCount: edit.insertedCount)
                state.documents[uri]?.parse.edited(edit.replaced, insertedCount: edit.insertedCount)
            }
            state.didChange(uri)
        }
        handlers.onNotification("textDocument/didClose", DidCloseTextDocumentParams.self) { state, params in
            let uri = params.textDocument.uri
            guard state.documents.removeValue(forKey: uri) != nil else {
                state.log(.warning, "didClose for \(uri), which is not open: dropped")
                return
            }
            state.didClose(uri)
        }
        // Saving changes nothing in the buffer, which is already the editor's; but files may have
        // appeared or gone (this one, or a link's target), or changed behind the editor's back
        // (an index edited in a terminal), so the disk is read again (`DiskFiles`).
        handlers.onNotification("textDocument/didSave", JSONValue.self) { state, _ in
            state.diskMayHaveChanged()
        }
    }
}
