import CoachCore

/// An error about one command's own words (a theme that is not there, a participation
/// mistyped), phrased by that command's strings file so that a new command brings its
/// sentences along without growing `CLIStrings`. `ErrorSentence` prints it like any other.
protocol CommandLineSentence: Error {
  func sentence(_ language: Language) -> String
}
