import CoachCore

/// A meeting's roles in one line, for the meeting screen's header and live mode's:
/// “Voorzitter Zoë Dëmeester · Tijdsbewaker Jan de Vries · Verslaggever Els Claes”. The
/// labels are CoachCore's, as in the roles form, the flash and the minutes.
enum MeetingRolesLine {
  struct Part {
    var text: String
    var style: StyleRole
  }

  /// The roles given, with full names when they fit in `width`, else with first names
  /// (a full name where two members share a first name), which may still be wider; nil
  /// when no role is given.
  static func parts(
    _ meeting: Meeting, in community: Community, _ language: Language, fitting width: Int
  ) -> [Part]? {
    let given = MeetingRole.allCases.compactMap { role in
      meeting.roles[role].flatMap(community.member(withID:)).map { (role, $0) }
    }
    guard !given.isEmpty else { return nil }
    let firstNames = community.members.map(\.name).map(firstName)
    var parts: [Part] = []
    for short in [false, true] {
      parts = []
      for (role, member) in given {
        if !parts.isEmpty { parts.append(Part(text: " · ", style: .dim)) }
        let first = firstName(member.name)
        let name =
          short && firstNames.filter({ $0 == first }).count == 1 ? first : member.name
        parts.append(Part(text: role.label(language).capitalizedFirst + " ", style: .dim))
        parts.append(Part(text: name, style: .normal))
      }
      if Self.width(of: parts) <= width { break }
    }
    return parts
  }

  static func width(of parts: [Part]) -> Int {
    parts.reduce(0) { $0 + DisplayWidth.width(of: $1.text) }
  }

  /// Writes the parts from `x` on; returns the column after them.
  @discardableResult
  static func draw(_ parts: [Part], x: Int, y: Int, clip: Rect, _ canvas: inout Canvas) -> Int {
    var column = x
    for part in parts {
      column += canvas.write(part.text, x: column, y: y, style: part.style, clip: clip)
    }
    return column
  }

  private static func firstName(_ name: String) -> String {
    String(name.split(separator: " ").first ?? Substring(name))
  }
}
