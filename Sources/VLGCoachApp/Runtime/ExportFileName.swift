import CoachCore
import Foundation

/// The names exports get when none is typed: what they hold, in ASCII, short enough for
/// any file system.
enum ExportFileName {
  /// A file name may have 255 bytes on every file system vlgcoach runs on.
  static let maximumBytes = 255

  /// `VLG Handel Kempen`, 2026-12-08, meeting 3 → `vlg-handel-kempen-2026-12-08-bijeenkomst-3.md`.
  static func minutes(_ community: Community, meeting: UUID, language: Language) -> String {
    let day = community.meeting(withID: meeting)?.day.iso ?? "undated"
    let number = community.meetingNumber(meeting) ?? 0
    let word = language == .nl ? "bijeenkomst" : "meeting"
    return fitting(slug(community.name), tail: "-\(day)-\(word)-\(number).md")
  }

  static func calendar(_ community: Community) -> String {
    fitting(slug(community.name), tail: ".ics")
  }

  /// `…-rapport-kogeka-geel.md`, or `…-rapport-schoolleiders.md` for all schools.
  static func report(_ community: Community, school: String?, language: Language) -> String {
    let word = language == .nl ? "rapport" : "report"
    let whom = school.map(slug) ?? (language == .nl ? "schoolleiders" : "school-leaders")
    return fitting(slug(community.name), tail: "-\(word)-\(whom).md")
  }

  /// `…-dossier.md`; with the coach's private notes `…-dossier-prive.md`, so the file's
  /// name warns too.
  static func dossier(_ community: Community, includePrivate: Bool, language: Language) -> String {
    fitting(slug(community.name), tail: "-dossier" + privateTail(includePrivate, language) + ".md")
  }

  /// `…-overdracht.md` / `…-handover.md`; with private notes `…-overdracht-prive.md`.
  static func handover(_ community: Community, includePrivate: Bool, language: Language)
    -> String
  {
    let word = language == .nl ? "-overdracht" : "-handover"
    return fitting(slug(community.name), tail: word + privateTail(includePrivate, language) + ".md")
  }

  /// `…-vragenlijsten.md` / `…-checklists.md`.
  static func checklists(_ community: Community, language: Language) -> String {
    fitting(slug(community.name), tail: language == .nl ? "-vragenlijsten.md" : "-checklists.md")
  }

  private static func privateTail(_ includePrivate: Bool, _ language: Language) -> String {
    includePrivate ? (language == .nl ? "-prive" : "-private") : ""
  }

  /// `stem + tail`, the stem cut (on a character boundary) until the whole fits in
  /// `maximumBytes`: the tail says what the file is, so it is kept whole.
  static func fitting(_ stem: String, tail: String) -> String {
    var stem = Substring(stem)
    while !stem.isEmpty && stem.utf8.count + tail.utf8.count > maximumBytes {
      stem = stem.dropLast()
    }
    while stem.hasSuffix("-") { stem = stem.dropLast() }
    return (stem.isEmpty ? "vlg" : String(stem)) + tail
  }

  /// Lower-case ASCII letters and digits joined by hyphens: safe in any file system and
  /// in a mail attachment. Accents fold away (“Zoë” → “zoe”).
  static func slug(_ name: String) -> String {
    let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    var slug = ""
    for scalar in folded.unicodeScalars {
      if scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar)) {
        slug.unicodeScalars.append(scalar)
      } else if !slug.isEmpty && !slug.hasSuffix("-") {
        slug += "-"
      }
    }
    while slug.hasSuffix("-") { slug.removeLast() }
    return slug.isEmpty ? "vlg" : slug.lowercased()
  }
}
