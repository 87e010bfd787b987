/// The texts of importing members from a CSV file on the members tab.
public struct MemberImportStrings: Sendable {
  public let key: String
  public let title: String
  public let subtitle: String
  public let fieldFile: String
  public let filePlaceholder: String
  public let cannotRead: @Sendable (String, String) -> String
  public let nothingImported: String
  public let line: @Sendable (Int, String) -> String
  public let imported: @Sendable (Int, [String]) -> String

  public static let dutch = MemberImportStrings(
    key: "importeer",
    title: "Leden importeren uit een CSV-bestand",
    subtitle: "Kolommen: naam, school, rol, lid sinds (kopregel; ; of ,; Excel mag).",
    fieldFile: "Bestand",
    filePlaceholder: "bv. ~/Downloads/leden.csv",
    cannotRead: { path, reason in "“\(path)” kan niet gelezen worden: \(reason)" },
    nothingImported: "Niets geïmporteerd",
    line: { line, message in "regel \(line): \(message)" },
    imported: { count, already in
      (count == 1 ? "1 lid geïmporteerd" : "\(count) leden geïmporteerd")
        + (already.isEmpty ? "" : "; al lid: " + already.joined(separator: ", "))
    }
  )

  public static let english = MemberImportStrings(
    key: "import",
    title: "Import members from a CSV file",
    subtitle: "Columns: name, school, role, member since (a header row; ; or ,).",
    fieldFile: "File",
    filePlaceholder: "e.g. ~/Downloads/members.csv",
    cannotRead: { path, reason in "“\(path)” cannot be read: \(reason)" },
    nothingImported: "Nothing imported",
    line: { line, message in "line \(line): \(message)" },
    imported: { count, already in
      (count == 1 ? "1 member imported" : "\(count) members imported")
        + (already.isEmpty ? "" : "; already members: " + already.joined(separator: ", "))
    }
  )
}
