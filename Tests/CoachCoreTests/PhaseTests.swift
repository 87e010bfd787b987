import Testing

@testable import CoachCore

@Suite("Phase")
struct PhaseTests {
  @Test func numbersRunFromOneToFive() {
    #expect(Phase.allCases.map(\.number) == [1, 2, 3, 4, 5])
    #expect(Phase(number: 4) == .discussAndDevelop)
    #expect(Phase(number: 0) == nil)
    #expect(Phase(number: 6) == nil)
  }

  @Test func nextAndPreviousStopAtTheEnds() {
    #expect(Phase.engageSchoolLeaders.previous == nil)
    #expect(Phase.engageSchoolLeaders.next == .motivateTeachers)
    #expect(Phase.stableWithOutput.next == nil)
    #expect(Phase.stableWithOutput.previous == .discussAndDevelop)
  }

  @Test func phasesAreOrdered() {
    #expect(Phase.motivateTeachers < .chooseThemes)
    #expect(!(Phase.chooseThemes < .chooseThemes))
    #expect(Phase.allCases.sorted() == Phase.allCases)
  }
}
