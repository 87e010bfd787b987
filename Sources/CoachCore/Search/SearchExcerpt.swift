/// A short one-line excerpt of a text around its first match, so a hit in a long note
/// shows why it was found: the text whole when it fits, else a window that starts a little
/// before the match (at a word when one is near), with “…” where it was cut.
public enum SearchExcerpt {
  /// Characters in an excerpt, “…” included.
  public static let width = 60

  public static func excerpt(
    _ text: FoldedText, matchAt offset: Int?, length: Int = 0, width: Int = width
  ) -> String {
    let line = text.line
    guard line.count > width, width > 2 else { return String(line.prefix(max(width, 0))) }
    let match = offset ?? 0
    // A third of the room before the match, so what follows it reads on.
    var start = max(0, match - width / 3)
    if start > 0 {
      // Back to the start of the word, when it is near; else on to the next one.
      let lowest = max(0, start - 8)
      if let space = line[lowest..<start].lastIndex(of: " ") {
        start = space + 1
      } else if let space = line[start..<match].firstIndex(of: " ") {
        start = space + 1
      }
    }
    var room = width - (start > 0 ? 1 : 0)
    if start + room < line.count { room -= 1 }
    // The match stays in view even when it lies far on (a window that slid right).
    if match + length > start + room {
      start = min(line.count - room, match + length - room)
    }
    let end = min(line.count, start + room)
    var result = String(line[start..<end])
    if start > 0 { result = "…" + result }
    if end < line.count { result += "…" }
    return result
  }

  /// The excerpt of `text` around the first word of `query` it holds.
  public static func excerpt(_ text: String, around query: SearchQuery, width: Int = width)
    -> String
  {
    let folded = FoldedText(text)
    let match = query.match(folded)
    return excerpt(folded, matchAt: match?.offset, length: match?.length ?? 0, width: width)
  }
}
