namespace CareerGuide.Web.Commands;

/// <summary>The file that <c>new career</c> writes: every section kind, every field explained, as a draft.</summary>
internal static class CareerTemplate
{
    // Values marked TODO are placeholders the validator warns about until they are replaced.
    // The template itself must load without errors: a test checks that.
    public static string For(string title) => $$"""
        ---
        # yaml-language-server: $schema=../schema/career.schema.json
        # A new guide. The format is explained in content/README.md.
        # Check it with: dotnet run --project src/CareerGuide.Web -- validate
        title: {{title}}
        # A draft is only shown in the Development environment. Delete this line to publish.
        draft: true
        # Old slugs that should redirect here after a rename, e.g. [old-name].
        aliases: []

        # 01 Snapshot (required).
        snapshot:
          # What the work is, first: two or three plain sentences (20 to 60 words) a ninth grader understands,
          # saying what the worker does, for whom or with what, and where. Your own words, never a publisher's.
          # Also used on cards, in search results and in link previews.
          summary: TODO what people in this career do, for whom or with what, and where.
          # Job titles people search for.
          titles: [TODO a common title]
          # Kinds of employer, lower case.
          industries: [TODO an industry]
          # Typical weekly hours (whole numbers) and the usual mode: on-site, hybrid or remote.
          hours:
            min: 40 # TODO
            max: 45 # TODO
            mode: on-site # TODO
          # Three to five skills named first.
          top_skills: [TODO a skill]

        # 03 A real day: times on a 24-hour clock, in order. Or, untimed, the main duties instead of times:
        #   day:
        #     duties:
        #       - Check patients' vital signs and record what changed
        # (three to five lines, each starting with a verb, at most 14 words).
        day:
          - time: "09:00"
            activity: TODO what happens first
          - time: "13:00"
            activity: TODO what happens after lunch

        # 04 Pathway: stages in order, each with its timing as written (e.g. "2-4 years", "Yr 1-2").
        pathway:
          - stage: TODO first stage
            timing: TODO when or how long

        # 05 Skills: each rated 0-100 for how much it is used day to day.
        skills:
          - skill: TODO a skill
            rating: 50 # TODO

        # 06 Education map: share is the percentage of people taking the route (all shares add up to 100);
        # cost is 1 ($), 2 ($$) or 3 ($$$).
        education:
          - route: TODO the most common route
            share: 100 # TODO
            duration: TODO how long
            cost: 2 # TODO

        # 07 Market: figures for one region, each traceable to a source in section 14.
        market:
          region: TODO the region, e.g. United States
          salary:
            # ISO currency code; period is year or hour; low <= median <= high.
            currency: USD
            period: year
            low: 0 # TODO
            median: 0 # TODO
            high: 0 # TODO
          # low, moderate, high or very-high.
          demand: moderate # TODO
          growth:
            # Projected change in per cent (may be negative), and the year it runs to.
            percent: 0 # TODO
            by: 2034 # TODO

        # 09 Fit: statements a student ticks; threshold is how many make a likely fit.
        fit:
          threshold: 1 # TODO
          statements:
            - TODO a statement that sounds like someone who would enjoy the work.

        # 10 Trade-offs: pros and cons are required, myths are optional.
        tradeoffs:
          pros: [TODO an advantage]
          cons: [TODO a drawback]
          myths: []

        # 11 High school plan: things a student can do now.
        high-school:
          actions: [TODO an action]

        # 12 College strategy: programs of study that lead to the work, each with its CIP 2020 code and title as the
        # NCES crosswalk names them (nces.ed.gov/ipeds/cipcode); count is how many the source names in all.
        # Or delete this block and write about college in prose under '## College strategy'.
        college:
          programs:
            - cip: "00.0000" # TODO
              title: TODO the program's title
          count: 1 # TODO
          source: TODO where the list comes from

        # 14 Sources: where every figure comes from. last_verified is the date you checked them (yyyy-mm-dd).
        sources:
          # last_verified: 2026-01-31
          items:
            - publisher: TODO who published it
              title: TODO its title
              kind: TODO e.g. Government, Industry, Press
              # url: https://example.org/report

        # 16 Audio guide transcript: timestamps as mm:ss, in order. Delete this block if there is no audio guide.
        transcript:
          # audio: /audio/{{Content.Model.Slug.FromName(title)}}.mp3
          lines:
            - at: "00:00"
              text: TODO the first passage.

        # 17 FAQ: standard questions are answered from the sections above; add your own here.
        faq: []
        ---

        ## Why it matters

        TODO why this career matters, in two short paragraphs.

        ## A real day

        TODO an introduction to the day.

        ## Skills

        TODO what the ratings mean.

        ## Education map

        TODO an introduction to the routes.

        ## Market

        TODO the job market in a paragraph.

        ## Outlook

        TODO where the career is heading.

        ## High school plan

        TODO how much time a week, and what the aim is.

        ## College strategy

        TODO majors and experience that help.

        ## FAQ

        TODO a one-line introduction to the questions.

        """;
}
