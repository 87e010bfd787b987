import Foundation

// `swift run -c release vlgcoach-benchmark [--quick] …`: measures what a coach would feel on
// a generated archive and prints a table with each budget beside its figure. See
// BENCHMARKS.md. `vlgcoach-benchmark generate …` writes such an archive for trying by hand.

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "generate" {
  exit(GenerateCommand.run(Array(arguments.dropFirst())))
}
exit(RunCommand.run(arguments))
