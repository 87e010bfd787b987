/// A document the export menu writes beyond the minutes and the calendar. Whether the
/// coach's private notes go in is part of the kind, so the school-leader report cannot
/// even be asked for them; the runtime reads the notebook from the store only for
/// `includePrivate`, when it writes (the reducer and the screens never hold it for this).
public enum ExportDocument: Equatable, Sendable, Codable {
  /// For one school, or all of them when nil.
  case schoolLeaderReport(school: String?)
  case dossier(includePrivate: Bool)
  case handover(includePrivate: Bool)
}
