/// What a theme made and when it was shown, for the documents: its subgroups, its output
/// (made, tried in class) and its exchange and showcase moments, as Markdown lists. Shared by
/// the dossier (and so the hand-over) and the school-leader report.
struct ThemeWorkBlocks {
  let community: Community
  let language: Language
  let words: ExportStrings

  private var nl: Bool { language == .nl }

  /// "- **Deelgroepen:** Eerste graad (Jan, Els); …", then the output and the moments.
  func facts(_ theme: WorkTheme) -> [String] {
    var lines: [String] = []
    if !theme.subgroups.isEmpty {
      let groups = theme.subgroups.map {
        MarkdownEscaping.inline($0.name) + " ("
          + MarkdownEscaping.inline(DocumentBlocks.names($0.members, in: community)) + ")"
      }
      lines.append(
        DocumentBlocks.fact(nl ? "Deelgroepen" : "Subgroups", groups.joined(separator: "; ")))
    }
    return lines
  }

  /// The output as a list: "- Rubric jaarrekening — gemaakt 9 augustus 2026, in de klas …".
  func outputs(_ theme: WorkTheme) -> String? {
    guard !theme.outputs.isEmpty else { return nil }
    return theme.outputs.map(outputLine).joined(separator: "\n")
  }

  func outputLine(_ output: ThemeOutput) -> String {
    let made = (nl ? "gemaakt " : "made ") + words.day(output.madeOn)
    let tried =
      output.triedInClassOn.map {
        (nl ? "in de klas uitgeprobeerd " : "tried in class ") + words.day($0)
      }
      ?? (nl ? "nog niet in de klas uitgeprobeerd" : "not tried in class yet")
    var line =
      "- " + MarkdownEscaping.inline(output.title) + " — "
      + MarkdownEscaping.inline(made + ", " + tried)
    if !output.note.isEmpty {
      line += ": " + MarkdownEscaping.inline(output.note.replacingOccurrences(of: "\n", with: " "))
    }
    return line
  }

  /// The moments in date order: "- 20 maart 2027, toonmoment: Vakgroepen …".
  func moments(_ theme: WorkTheme, only kind: ThemeMoment.Kind? = nil) -> String? {
    let shown = theme.timeline.filter { kind == nil || $0.kind == kind }
    guard !shown.isEmpty else { return nil }
    return shown.map { moment in
      var line =
        "- " + MarkdownEscaping.inline(words.day(moment.day) + ", " + moment.kind.label(language))
      if !moment.note.isEmpty {
        line +=
          ": " + MarkdownEscaping.inline(moment.note.replacingOccurrences(of: "\n", with: " "))
      }
      return line
    }.joined(separator: "\n")
  }

  /// Bold lead-ins for the dossier's theme blocks.
  var outputHeading: String { "**" + (nl ? "Output" : "Output") + "**" }
  var momentsHeading: String {
    "**" + (nl ? "Uitwisseling en toonmomenten" : "Exchange and showcase moments") + "**"
  }
  var showcasesHeading: String { nl ? "Toonmomenten" : "Showcase moments" }
  var outputsHeading: String {
    nl ? "Wat gemaakt en uitgeprobeerd is" : "What was made and tried in class"
  }
  var internalCoach: String { nl ? "Interne coach" : "Internal coach" }
  var noInternalCoach: String { nl ? "nog niet aangeduid" : "not named yet" }
}
