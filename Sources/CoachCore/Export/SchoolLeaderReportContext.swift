import Foundation

/// What the school-leader report may show: one community (no notebook), the school it is
/// for, and the day it is made. Each section is a list of Markdown blocks.
struct SchoolLeaderReportContext {
  let community: Community
  /// nil: all schools.
  let school: String?
  let language: Language
  let words: ExportStrings
  let document: DocumentStrings
  let today: CalendarDay

  init(community: Community, school: String?, language: Language, today: CalendarDay) {
    self.community = community
    self.school = school
    self.language = language
    self.words = ExportStrings.of(language)
    self.document = DocumentStrings.of(language)
    self.today = today
  }

  /// The teachers the report is about: those of the school (all schools: every teacher).
  var teachers: [Member] {
    community.members.filter { member in
      member.role == .teacher
        && school.map { SchoolLeaderReport.fold(member.school) == SchoolLeaderReport.fold($0) }
          ?? true
    }.sorted { NameOrder.ascending($0.name, $1.name) }
  }

  /// The agreements at least one of those teachers owns.
  var agreementsOfTeachers: [Agreement] {
    let ids = Set(teachers.map(\.id))
    return community.agreements.filter { !ids.isDisjoint(with: $0.owners) }
  }

  var title: String {
    DocumentBlocks.title(community, document.reportTitle)
  }

  /// The school (or all), subject, phase since when, meetings held and the next one.
  var facts: String {
    let schoolText = school.map { MarkdownEscaping.inline($0) } ?? document.allSchools
    return
      ([
        DocumentBlocks.fact(words.school, schoolText),
        DocumentBlocks.fact(document.subject, MarkdownEscaping.inline(community.subject)),
        DocumentBlocks.fact(
          words.phase, DocumentBlocks.phase(community, language, words, document)),
      ] + MeetingProgress(community, today: today).facts(words, document) + [
        DocumentBlocks.fact(document.madeOn, words.day(today))
      ]).joined(separator: "\n")
  }

  /// What the current phase asks of school leaders.
  var asks: [String] {
    [
      DocumentBlocks.section(document.askedOfLeaders),
      DocumentBlocks.list(community.phase.asksOfSchoolLeaders.map { $0(language) }),
    ]
  }
}
