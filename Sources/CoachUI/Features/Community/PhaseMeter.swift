import CoachCore

/// “████░”: how far along the five phases a community is.
enum PhaseMeter {
  static func text(_ phase: Phase) -> String {
    String(repeating: "█", count: phase.number) + String(repeating: "░", count: 5 - phase.number)
  }
}
