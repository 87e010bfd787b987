import Foundation

/// The report for school leaders (`export report`), for one school or all of them: the
/// community's phase and what it asks of school leaders, the themes and who works on them,
/// the attendance of the school's teachers, their agreements and the results.
///
/// It is made from a `Community` alone: the coach's private notes live in a `CoachNotebook`,
/// which this type takes no parameter for, so no flag or path can bring them in.
public enum SchoolLeaderReport {
  /// The report for `school` (a school of the community, as `school(matching:in:)` gives it),
  /// or for all schools when nil.
  public static func render(
    _ community: Community, school: String?, language: Language, today: CalendarDay
  ) -> String {
    let context = SchoolLeaderReportContext(
      community: community, school: school, language: language, today: today)
    let blocks =
      [context.title, context.facts] + context.asks + context.themes + context.attendance
      + context.agreements + context.results
    return blocks.joined(separator: "\n\n") + "\n"
  }

  /// The community's school that `text` names: the same name (case and accents aside), else
  /// the only school whose name contains it; nil when none or several do.
  public static func school(matching text: String, in community: Community) -> String? {
    let wanted = fold(text)
    guard !wanted.isEmpty else { return nil }
    let schools = community.allSchools
    if let same = schools.first(where: { fold($0) == wanted }) { return same }
    let containing = schools.filter { fold($0).contains(wanted) }
    return containing.count == 1 ? containing[0] : nil
  }

  static func fold(_ text: String) -> String {
    TextCleaning.line(text).folding(
      options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}
