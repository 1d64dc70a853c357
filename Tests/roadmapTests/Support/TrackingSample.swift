import Foundation
/// A small career roadmap with everything the tracking commands read: fields (one label
/// repeated), option groups (one label repeated), two metric tables, checkpoints, horizons.
enum TrackingSample {
    static let text = """
    # Career Roadmap

    ## Personal Information

    **Name:** ____
    **Date Created:** ____

    ## Skills

    | Category | Current Score | Target (6 months) |
    |----------|---------------|-------------------|
    | Programming | ___% | 80% |
    | Cloud | 40% | 70% |

    ## 6-Month Goals

    **Company Type:** [ ] Big Tech [ ] Startup

    **Project 1: Classifier**
    - GitHub: ____
    - Status: [ ] Not Started [ ] In Progress [ ] Complete

    **Project 2: Kubernetes**
    - GitHub: ____
    - Status: [ ] Not Started [x] In Progress [ ] Complete

    - [ ] Python basics
    - [/] Docker (Month 2)
    - [ ] Linux 📅 2026-12-01

    ## 1-Year Goals

    - [ ] Kubernetes operators

    ## Checkpoints

    ### 3-Month Checkpoint

    **Date:** ____

    **Completed:**
    - [ ] First project

    **Adjustments Needed:**


    ---

    ### 6-Month Checkpoint

    **Date:** ____

    ## Success Metrics

    | Metric | 6 Months | 1 Year |
    |--------|----------|--------|
    | Blog Posts | 2 | 10+ |

    """

    /// The same with a start date.
    static let started = text.replacingOccurrences(of: "**Date Created:** ____", with: "**Date Created:** 2026-01-15")
}
