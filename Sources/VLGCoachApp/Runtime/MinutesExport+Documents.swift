import CoachCore
import CoachUI
import Foundation

/// The export menu's documents beyond the minutes and the calendar: the school-leader
/// report, the dossier and the hand-over, written like the minutes (the exports folder, the
/// same question before replacing a file).
extension MinutesExport {
  /// The event that answers `.exportDocument`. `notebook` is called only for a document
  /// with the coach's private notes, when it is written; a notebook that cannot be read
  /// fails the export, which never goes out without the notes it was asked to hold.
  func performDocument(
    _ community: Community, _ document: ExportDocument, path: String?, replacing: String? = nil,
    notebook: () throws -> CoachNotebook
  ) -> Event {
    let text: String
    do {
      text = try render(community, document, notebook: notebook)
    } catch {
      return .exportFailed(message: ErrorSentence.text(for: error, in: language))
    }
    return write(name: name(community, document), typed: path, replacing: replacing) {
      .exportDocument(community, document, path: path, replacing: $0)
    } text: {
      text
    }
  }

  private func render(
    _ community: Community, _ document: ExportDocument, notebook: () throws -> CoachNotebook
  ) throws -> String {
    switch document {
    case .schoolLeaderReport(let school):
      // No notebook here: the report has no place for one.
      return SchoolLeaderReport.render(
        community, school: school, language: language, today: today)
    case .dossier(let includePrivate):
      return CommunityDossier.render(
        community, includePrivate: includePrivate ? try notebook() : nil, language: language,
        today: today)
    case .handover(let includePrivate):
      return HandoverDossier.render(
        community, includePrivate: includePrivate ? try notebook() : nil, language: language,
        today: today)
    }
  }

  private func name(_ community: Community, _ document: ExportDocument) -> String {
    switch document {
    case .schoolLeaderReport(let school):
      ExportFileName.report(community, school: school, language: language)
    case .dossier(let includePrivate):
      ExportFileName.dossier(community, includePrivate: includePrivate, language: language)
    case .handover(let includePrivate):
      ExportFileName.handover(community, includePrivate: includePrivate, language: language)
    }
  }
}
