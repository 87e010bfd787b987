import ArgumentParser
import CoachCore
import Foundation

/// `member import`: members from a CSV file, all of them or, when a row is bad, none.
struct MemberImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import members from a CSV file with the columns name, school and role.")
  @OptionGroup var options: StoreOptions
  @OptionGroup var scope: CommunityOption
  @Argument(help: "The CSV file; - reads standard input.") var file: String

  func run() throws {
    try CommandContext.run(options, .writing) { context in
      var value = try context.community(scope.community)
      let data = try read()
      let result: MemberImportResult
      do throws(MemberImportError) {
        result = try value.importMembers(data, today: context.today)
      } catch {
        report(error.problems, context)
        throw ExitCode(1)
      }
      // Nothing new is no change: the store is left as it is.
      if !result.added.isEmpty { try context.store().save(value) }
      for row in result.alreadyMembers {
        print(context.strings.alreadyMember(row.line, TextCleaning.line(row.draft.name)))
      }
      print(context.strings.importedMembers(result.added.count, value.name))
    }
  }

  private func read() throws -> Data {
    if file == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
    do {
      return try Data(contentsOf: URL(fileURLWithPath: file))
    } catch {
      let reason = (error as NSError).localizedDescription
      throw CLIError.cannotRead(file, reason: reason)
    }
  }

  /// One line per problem, each with the line of the file it is about, so that a coach can
  /// mend them all in one go.
  private func report(_ problems: [MemberImportProblem], _ context: CommandContext) {
    for problem in problems {
      let message = problem.message(context.language)
      let text =
        if let line = problem.line {
          context.strings.importLine(line, message)
        } else {
          "\(file == "-" ? "stdin" : file): \(message)"
        }
      FileHandle.standardError.write(Data((text + "\n").utf8))
    }
  }
}
