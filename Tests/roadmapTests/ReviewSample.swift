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
}
