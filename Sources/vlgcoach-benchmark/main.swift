import CoachCore
import CoachUI
import Foundation

// Measures what a coach would feel: opening the store, saving after a key press, drawing a
// screen. Prints the median and the slowest of several runs; no thresholds, these machines
// are shared and noisy.

if CommandLine.arguments.dropFirst().first == "generate" {
  exit(GenerateCommand.run(Array(CommandLine.arguments.dropFirst(2))))
}

let communityCount = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 60
let membersPerCommunity = 40
let runs = 15

func measure(_ label: String, runs: Int = runs, _ body: () throws -> Void) rethrows {
  var samples: [Double] = []
  let clock = ContinuousClock()
  for _ in 0..<runs {
    let elapsed = try clock.measure(body)
    samples.append(
      Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
  }
  samples.sort()
  let median = samples[samples.count / 2]
  let slowest = samples[samples.count - 1]
  print(
    label.padding(toLength: 58, withPad: " ", startingAt: 0)
      + String(format: "%9.2f ms median %9.2f ms slowest", median, slowest))
}

let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
  "vlgcoach-bench-" + UUID().uuidString)
defer { try? FileManager.default.removeItem(at: folder) }
let now = Date()
let today = CalendarDay(now, in: .current)

// A large store: many communities, each with many members and a long phase history.
do {
  let store = try PropertyListStore(directory: folder)
  for index in 0..<communityCount {
    var community = Community(
      name: "VLG \(index) Zoë Dëmeester", subject: "Handel", schools: ["KA Geel", "Sint-Victor"],
      since: today, created: now)
    for member in 0..<membersPerCommunity {
      try community.addMember(
        MemberDraft(name: "Lid \(member) Ëlla 日本", school: "KA Geel"), today: today)
    }
    // A school year of monthly meetings with three agreements each, half of them closed.
    let owners = community.members.prefix(3).map(\.id)
    for month in 0..<10 {
      let day = CalendarDay(year: 2025, month: month < 4 ? month + 9 : month - 3, day: 10) ?? today
      let meeting = community.addMeeting(on: day, language: .nl)
      for number in 0..<3 {
        let agreement = try community.addAgreement(
          kind: .finish, text: "Afspraak \(number) | met *tekens*", owners: owners,
          madeIn: meeting.id)
        if number % 2 == 0 {
          try community.review(agreement: agreement.id, outcome: .done, in: nil, on: day)
        }
      }
    }
    try store.save(community)
  }
}
print(
  "store: \(communityCount) communities × \(membersPerCommunity) members, 10 meetings and 30"
    + " agreements each; \(runs) runs each")

var opened: PropertyListStore?
try measure("open the store (index only, as at start-up)") {
  opened = nil
  opened = try PropertyListStore(directory: folder)
}
guard let store = opened else { fatalError("the store did not open") }
let first = store.summaries[0].id
try measure("decode every community (what the index avoids)", runs: 5) {
  _ = try store.allCommunities()
}
var community = try store.community(first)
try measure("save one community after a change (atomic + index)") {
  community.subject += "."
  try store.save(community)
}

let dates = DateText(localeIdentifier: "nl_BE", timeZone: .current)
var state = AppState(
  language: .nl, dates: dates, now: now, width: 120, height: 40,
  library: Library(summaries: store.summaries, loaded: [first: community]))
measure("render the home screen 120×40") { _ = ScreenRenderer.render(state) }
state.routes.append(.community(CommunityScreen(id: first, phase: community.phase)))
_ = Reducer.reduce(&state, .key(.tab))
measure("render a members tab 120×40") { _ = ScreenRenderer.render(state) }
measure("type 100 characters into a form (reduce + render each)") {
  var typing = state
  _ = Reducer.reduce(&typing, .key(.character("a")))
  for character in String(repeating: "Zoë ", count: 25) {
    _ = Reducer.reduce(&typing, .key(.character(character)))
    _ = ScreenRenderer.render(typing)
  }
}

let everyCommunity = try store.allCommunities()
measure("follow-up across every community (open agreements)") {
  _ = FollowUp.items(in: everyCommunity, today: today)
}
let lastMeeting = community.meetingsInOrder.last?.id ?? UUID()
measure("minutes of one meeting as Markdown") {
  _ = MinutesMarkdown.render(community, meeting: lastMeeting, language: .nl, today: today)
}
measure("calendar of one community (.ics)") {
  _ = MeetingCalendar.render(community, language: .nl, now: now, timeZone: .current)
}
