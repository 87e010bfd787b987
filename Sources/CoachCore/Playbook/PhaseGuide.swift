/// What a phase is about and what the research found decisive in it: the coach's guide.
/// The texts themselves are in `PhaseGuide+Texts.swift`.
public struct PhaseGuide: Sendable {
  public let phase: Phase
  /// A name short enough for the phase track (at most 14 characters).
  public let shortName: LocalizedText
  /// The phase's full name.
  public let title: LocalizedText
  /// Two to four sentences: what this phase is for.
  public let about: LocalizedText
  /// What the research found decisive in this phase.
  public let decisiveFactors: [LocalizedText]
  /// What the coach does now.
  public let coachActions: [LocalizedText]
  /// What to watch out for.
  public let watchOuts: [LocalizedText]

  public init(
    phase: Phase, shortName: LocalizedText, title: LocalizedText, about: LocalizedText,
    decisiveFactors: [LocalizedText], coachActions: [LocalizedText], watchOuts: [LocalizedText]
  ) {
    self.phase = phase
    self.shortName = shortName
    self.title = title
    self.about = about
    self.decisiveFactors = decisiveFactors
    self.coachActions = coachActions
    self.watchOuts = watchOuts
  }
}

extension Phase {
  public var guide: PhaseGuide {
    PhaseGuide.all.first(where: { $0.phase == self }) ?? PhaseGuide.all[0]
  }
}
