/// A small filled-in career roadmap for the review tests: a start date, a skills table with a
/// current column, goals done on known days, a checkpoint due 2026-11-15, and success metrics
/// with no current column (the review log keeps those).
enum ReviewSample {
    static let text = """
    # Career Roadmap

    **Start Date:** 2026-08-15

    ## Skills

    | Skill | Current Score | Target (6 months) |
    |-------|---------------|-------------------|
    | Python | 30% | 70% |
    | Kubernetes | ___% | 60% |

    ## 6-Month Goals

    ### Core

    - [x] Linux shell ✅ 2026-09-02
    - [x] Docker images ✅ 2026-10-03
    - [ ] Kubernetes app

    ### Stretch

    - [ ] Terraform
    - [ ] CI pipeline

    ## Checkpoints

    ### 3-Month Checkpoint

    **Date:** ____

    **Completed:**
    - [ ] Core practiced weekly
    - [ ] Project 1 pushed

    **Adjustments Needed:**

    ## Success Metrics

    | Metric | 6 Months | 1 Year |
    |--------|----------|--------|
    | GitHub contributions | 500+ | 1,000+ |
    | Published posts | 1 | 5 |

    """

    /// `text` after the review the terminal and scripted tests answer: Core practiced weekly
    /// ticked, the checkpoint dated, `adjustments` written, Python 45%, 120 contributions, a note.
    static func reviewed(_ text: String, adjustments: String) -> String {
        text
            .replacingOccurrences(of: "| Python | 30% |", with: "| Python | 45% |")
            .replacingOccurrences(of: "**Date:** ____", with: "**Date:** 2026-11-22")
            .replacingOccurrences(of: "- [ ] Core practiced weekly", with: "- [x] Core practiced weekly ✅ 2026-11-22")
            .replacingOccurrences(of: "**Adjustments Needed:**\n", with: "**Adjustments Needed:**\n\n\(adjustments)\n")
            + """

            ## Review Log

            ### 2026-11 review (2026-11-22)

            - Progress: 3/7 (42%)
            - Completed since the start, 2026-08-15: 3 goals
              - Linux shell
              - Docker images
              - Core practiced weekly
            - Metrics:
              - Python: 45%
              - GitHub contributions: 120
            - Note: Good month

            """
    }
}
