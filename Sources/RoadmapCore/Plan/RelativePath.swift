/// `/`-separated paths as a person types them, cleaned without touching the file system:
/// `./a/../b.md` is `b.md`, `../x.md` stays `../x.md`. Plans use them to name each file once.
public enum RelativePath {
    /// `relative` read from `directory` (`""` or `.` for the current one).
    public static func join(_ directory: String, _ relative: String) -> String {
        if relative.hasPrefix("/") || directory.isEmpty || directory == "." { return normalized(relative) }
        return normalized(directory + "/" + relative)
    }

    package static func normalized(_ path: String) -> String {
        // An ASCII path, as link targets nearly always are, is cleaned in its bytes: splitting
        // and joining Strings took 18,000 instructions a link target (lint joins each one to its
        // folder). Past ASCII a character may join a `/` to what follows, so the String's parts
        // decide; RelativePathJoinTests compare the two.
        var path = path
        return path.withUTF8 { normalizedASCII($0) } ?? normalizedByParts(path)
    }

    /// `normalized` by the String's parts (characters, not bytes).
    static func normalizedByParts(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            if part == ".." && absolute { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// `normalizedByParts` of an ASCII path, in its bytes; nil for a path with a byte past ASCII.
    static func normalizedASCII(_ p: UnsafeBufferPointer<UInt8>) -> String? {
        let slash: UInt8 = 0x2F, dot: UInt8 = 0x2E
        let absolute = p.first == slash
        var out: [UInt8] = []
        out.reserveCapacity(p.count + 1)
        if absolute { out.append(slash) }
        let base = out.count
        var starts: [Int] = []  // where each part kept starts in `out`
        var i = 0
        while i <= p.count {
            var end = i
            while end < p.count && p[end] != slash {
                if p[end] >= 0x80 { return nil }
                end += 1
            }
            let length = end - i
            defer { i = end + 1 }
            if length == 0 || (length == 1 && p[i] == dot) { continue }
            if length == 2 && p[i] == dot && p[i + 1] == dot {
                if let last = starts.last, !(out.count - last == 2 && out[last] == dot && out[last + 1] == dot) {
                    out.removeSubrange((last == base ? base : last - 1)...)
                    starts.removeLast()
                    continue
                }
                if absolute { continue }
            }
            if out.count > base { out.append(slash) }
            starts.append(out.count)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<end]))
        }
        if !absolute && out.isEmpty { return "." }
        return String(decoding: out, as: UTF8.self)
    }

    /// The directory part, `""` for a bare file name.
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component: `b.md` for `a/b.md`, the path itself without a slash.
    public static func baseName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// The absolute `path` as seen from the absolute `directory`: below it, or up to three folders
    /// up (`../../x.md`); further up, `path` itself, which then reads better (issue 25: `log`
    /// names files from where the person stands).
    public static func from(_ directory: String, to path: String) -> String {
        let here = directory.split(separator: "/")
        let there = path.split(separator: "/")
        var common = 0
        while common < min(here.count, there.count - 1), here[common] == there[common] { common += 1 }
        let ups = here.count - common
        guard ups <= 3 else { return path }
        return (Array(repeating: "..", count: ups) + there[common...].map(String.init)).joined(separator: "/")
    }

    /// `path` relative to `directory` when it lies below it, else `path` itself.
    static func below(_ directory: String, _ path: String) -> String {
        guard !directory.isEmpty else { return path }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// Without a `.md` or `.markdown` extension.
    package static func stem(_ path: String) -> String {
        for ext in [".md", ".markdown"] where path.lowercased().hasSuffix(ext) && path.count > ext.count {
            return String(path.dropLast(ext.count))
        }
        return path
    }

    /// The folder a file is in, as a relative path (`""` for the current folder).
    public static func parent(of path: String) -> String {
        directory(of: normalized(path))
    }

    /// The folder above `directory` (`""` is the current one); nil above `/`.
    public static func up(_ directory: String) -> String? {
        if directory == "/" { return nil }
        if directory.isEmpty || directory == "." { return ".." }
        if directory == ".." || directory.hasSuffix("/..") { return directory + "/.." }
        let parent = self.directory(of: directory)
        return parent
    }
}
