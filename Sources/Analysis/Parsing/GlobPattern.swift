/// A tiny glob matcher for `interview.documentGlobs`: `*`, `**` and `?` over `/`-separated paths.
enum GlobPattern {
    /// True when `path` matches `pattern`; a pattern without `/` is matched against the file name too.
    static func matches(_ pattern: String, path: String) -> Bool {
        let patternCharacters = Array(pattern.hasPrefix("./") ? String(pattern.dropFirst(2)) : pattern)
        let pathCharacters = Array(path.hasPrefix("./") ? String(path.dropFirst(2)) : path)
        if match(patternCharacters[...], pathCharacters[...]) { return true }
        if !pattern.contains("/"), let slash = pathCharacters.lastIndex(of: "/") {
            return match(patternCharacters[...], pathCharacters[(slash + 1)...])
        }
        return false
    }

    private static func match(_ pattern: ArraySlice<Character>, _ path: ArraySlice<Character>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "*" {
            let rest = pattern.dropFirst()
            if rest.first == "*" {
                // `**` crosses folders; `**/` also matches no folder at all.
                var afterStars = rest.dropFirst()
                if afterStars.first == "/", match(afterStars.dropFirst(), path) { return true }
                afterStars = rest.dropFirst()
                var index = path.startIndex
                while true {
                    if match(afterStars, path[index...]) { return true }
                    if index == path.endIndex { return false }
                    index += 1
                }
            }
            var index = path.startIndex
            while true {
                if match(rest, path[index...]) { return true }
                if index == path.endIndex || path[index] == "/" { return false }
                index += 1
            }
        }
        guard let character = path.first else { return false }
        if first == "?" {
            return character != "/" && match(pattern.dropFirst(), path.dropFirst())
        }
        return lowercased(first) == lowercased(character) && match(pattern.dropFirst(), path.dropFirst())
    }

    private static func lowercased(_ character: Character) -> Character {
        character.isUppercase ? Character(character.lowercased()) : character
    }
}
