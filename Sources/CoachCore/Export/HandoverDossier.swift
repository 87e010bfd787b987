import Foundation

/// The hand-over dossier for the internal coach (`export handover`, phase 5): where the
/// community stands, its themes and who works on them, the open agreements, what worked,
/// and the members.
///
/// The coach's group-dynamics notes appear only when a `CoachNotebook` is handed over as
/// `includePrivate`; the document then says so at its very top.
public enum HandoverDossier {
  public static func render(
    _ community: Community, includePrivate notebook: CoachNotebook? = nil, language: Language,
    today: CalendarDay
  ) -> String {
    let context = HandoverContext(community: community, language: language, today: today)
    return PrivateNotesSection.document(
      title: context.title,
      body: context.standing + context.themes + context.openAgreements + context.whatWorked
        + context.members,
      notebook: notebook, community: community, language: language, words: context.words,
      document: context.document)
  }
}
