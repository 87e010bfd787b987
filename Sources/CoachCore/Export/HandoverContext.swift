import Foundation

/// What the hand-over shows of the community (a `Community`, never a notebook: the private
/// notes are a section apart, see `PrivateNotesSection`). Each section is a list of Markdown
/// blocks; the themes and members reuse the dossier's rows.
struct HandoverContext {
  let community: Community
  let language: Language
  let words: ExportStrings
  let document: DocumentStrings
  let today: CalendarDay

  init(community: Community, language: Language, today: CalendarDay) {
    self.community = community
    self.language = language
    self.words = ExportStrings.of(language)
    self.document = DocumentStrings.of(language)
    self.today = today
  }

  /// The share of the list that attended for a meeting to count as well attended.
  static let goodAttendancePercent = 80

  var title: String { DocumentBlocks.title(community, document.handoverTitle) }

  private var dossier: CommunityDossierContext {
    CommunityDossierContext(community: community, language: language, today: today)
  }

  private var agreementRows: AgreementRows {
    AgreementRows(community: community, language: language, words: words, today: today)
  }

  /// Who this is for, then the phase since when, the meetings held and the next one.
  var standing: [String] {
    [
      DocumentBlocks.section(document.whereItStands),
      MarkdownEscaping.inline(document.internalCoachNote),
      ([
        DocumentBlocks.fact(document.subject, MarkdownEscaping.inline(community.subject)),
        DocumentBlocks.fact(
          document.schools,
          community.allSchools.map(MarkdownEscaping.inline).joined(separator: ", ")),
        DocumentBlocks.fact(
          words.phase, DocumentBlocks.phase(community, language, words, document)),
        internalCoachFact,
      ] + MeetingProgress(community, today: today).facts(words, document) + [
        DocumentBlocks.fact(document.madeOn, words.day(today))
      ]).joined(separator: "\n"),
    ]
  }

  private var internalCoachFact: String {
    let work = ThemeWorkBlocks(community: community, language: language, words: words)
    let name = community.internalCoach.flatMap(community.member(withID:))?.name
    return DocumentBlocks.fact(
      work.internalCoach, MarkdownEscaping.inline(name ?? work.noInternalCoach))
  }

  /// The same theme blocks as the dossier's, so a theme's later facts appear in both.
  var themes: [String] { dossier.themes }

  var members: [String] { dossier.members }

  var openAgreements: [String] {
    let rows = agreementRows
    return [
      DocumentBlocks.section(document.openAgreements),
      DocumentBlocks.table(
        header: rows.header, rows: rows.rows(rows.open(community.agreements)),
        empty: document.noOpenAgreements),
    ]
  }

  /// Facts only: the agreements done, the themes with output ready, the meetings held with
  /// at least `goodAttendancePercent` of the list there.
  var whatWorked: [String] {
    let rows = agreementRows
    let ready = community.themes.filter { $0.status == .outputReady }
    return [
      DocumentBlocks.section(document.whatWorked),
      DocumentBlocks.subsection(document.doneAgreements),
      DocumentBlocks.table(
        header: rows.header, rows: rows.rows(rows.done(community.agreements)),
        empty: document.noDoneAgreements),
      DocumentBlocks.subsection(document.themesReady),
      ready.isEmpty
        ? MarkdownEscaping.inline(document.noThemesReady)
        : ready.map { "- " + readyLine($0) }.joined(separator: "\n"),
      DocumentBlocks.subsection(document.goodAttendance),
      goodMeetings,
    ] + triedInClass
  }

  /// The output tried in class, per theme: the material phase 5 spreads.
  private var triedInClass: [String] {
    let work = ThemeWorkBlocks(community: community, language: language, words: words)
    let lines = community.themes.flatMap { theme in
      theme.outputs.filter { $0.triedInClassOn != nil }.map {
        work.outputLine($0) + " (" + MarkdownEscaping.inline(theme.title) + ")"
      }
    }
    return lines.isEmpty
      ? [] : [DocumentBlocks.subsection(work.outputsHeading), lines.joined(separator: "\n")]
  }

  private func readyLine(_ theme: WorkTheme) -> String {
    MarkdownEscaping.inline(theme.title) + " — "
      + MarkdownEscaping.inline(DocumentBlocks.names(theme.members, in: community))
  }

  /// "- bijeenkomst 3, 8 december 2026: 5 van 6 aanwezig, …".
  private var goodMeetings: String {
    let lines = MeetingProgress(community, today: today).held.compactMap { meeting -> String? in
      guard !meeting.attendance.isEmpty else { return nil }
      let count = community.attendanceCount(for: meeting)
      guard count.of > 0, count.attended * 100 >= count.of * Self.goodAttendancePercent else {
        return nil
      }
      let number = community.meetingNumber(meeting.id) ?? 0
      return "- "
        + MarkdownEscaping.inline(
          words.meeting + " \(number), " + words.day(meeting.day) + ": "
            + words.attendanceTotal(count.attended, count.of))
    }
    return lines.isEmpty
      ? MarkdownEscaping.inline(document.noGoodAttendance) : lines.joined(separator: "\n")
  }
}
