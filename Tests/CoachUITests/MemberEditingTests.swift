import CoachCore
import Testing

@testable import CoachUI

@Suite("Members of a community")
struct MemberEditingTests {
  /// “VLG Handel Kempen” open on its members tab.
  func commerceMembers(_ language: Language = .en) -> TestApp {
    var app = TestApp.demo(language: language)
    app.send(.down, .enter, .tab)
    return app
  }

  @Test func addingAMemberWithRoleAndSchool() throws {
    var app = commerceMembers()
    app.send(.character("a"))
    app.type("山田 太郎")
    app.send(.tab)
    app.type("KA Geel")
    app.send(.tab, .right)  // role: school leader
    app.send(.control("s"))
    let community = try #require(app.stored(named: "VLG Handel Kempen"))
    let member = try #require(community.members.first { $0.name == "山田 太郎" })
    #expect(member.school == "KA Geel")
    #expect(member.role == .schoolLeader)
    #expect(member.participation == .active)
    #expect(app.screenText.contains("山田 太郎"))
  }

  @Test func stoppingAMemberRecordsTheDayAndSortsThemLast() throws {
    var app = commerceMembers()
    app.send(.home)
    let first = app.members(try #require(currentScreen(app)))[0]
    app.send(.character("e"), .tab, .tab, .tab, .tab, .right, .right)  // participation: stopped
    app.send(.control("s"))
    let community = try #require(app.stored(named: "VLG Handel Kempen"))
    let member = try #require(community.member(withID: first.id))
    #expect(member.participation == .stopped)
    #expect(member.participationSince == TestApp.today)
    let visible = app.members(try #require(currentScreen(app)))
    #expect(visible.last?.id == first.id)
    #expect(app.screenText.contains("6 of 7 active"))
  }

  @Test func aBadCommitmentDateIsExplainedAndFocused() throws {
    var app = commerceMembers()
    app.send(.character("a"))
    app.type("Nieuw")
    for _ in 0..<6 { app.send(.tab) }
    app.type("gisteren")
    app.send(.control("s"))
    guard case .form(let form) = app.state.overlays.last else {
      Issue.record("The form stays open")
      return
    }
    #expect(form.focusedField?.id == .committedOn)
    #expect(form.error?.contains("“gisteren” is not a valid date") == true)
  }

  @Test func deletingAMemberAsksFirst() throws {
    var app = commerceMembers()
    let before = try #require(app.stored(named: "VLG Handel Kempen")).members.count
    app.send(.character("d"))
    guard case .confirm(let question) = app.state.overlays.last else {
      Issue.record("Deleting asks first")
      return
    }
    #expect(question.question.hasSuffix("set them to ‘stopped’ instead."))
    #expect(app.screenText.contains("Delete member"))
    app.send(.character("y"))
    #expect(app.stored(named: "VLG Handel Kempen")?.members.count == before - 1)
    app.send(.character("u"))
    #expect(app.stored(named: "VLG Handel Kempen")?.members.count == before)
  }

  @Test func filteringMembersIgnoresCaseAndAccents() throws {
    var app = commerceMembers()
    app.send(.character("/"))
    app.type("zoe")
    let screen = try #require(currentScreen(app))
    #expect(app.members(screen).map(\.name) == ["Zoë Dëmeester"])
    app.send(.enter)  // stop typing, keep the filter
    app.send(.escape)  // clear it
    let cleared = try #require(currentScreen(app))
    #expect(app.members(cleared).count == 7)
  }

  func currentScreen(_ app: TestApp) -> CommunityScreen? {
    if case .community(let screen) = app.state.route { return screen }
    return nil
  }
}
