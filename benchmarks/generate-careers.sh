#!/usr/bin/env bash
# Writes N made-up careers (test data, never real figures) into DIR/careers/, for load and search benchmarks.
# Usage: benchmarks/generate-careers.sh N DIR
set -euo pipefail
count=${1:?usage: generate-careers.sh N DIR}
dir=${2:?usage: generate-careers.sh N DIR}
mkdir -p "$dir/careers" "$dir/articles"
awk -v count="$count" -v dir="$dir" 'BEGIN {
  split("healthcare finance retail energy transport education media construction farming government logistics tourism", industries, " ");
  split("Python Statistics Writing Negotiation Drawing Welding Accounting Teaching Nursing Driving Carpentry Research Design Sales Chemistry Law", skills, " ");
  split("Analyst Technician Engineer Designer Planner Coordinator Specialist Inspector Advisor Operator", roles, " ");
  split("Harbor Desert Lunar Coastal Alpine Urban Rural Orbital Arctic Valley", places, " ");
  for (i = 1; i <= count; i++) {
    name = sprintf("%s %s %05d", places[(i % 10) + 1], roles[(int(i / 10) % 10) + 1], i);
    slug = tolower(name); gsub(/ /, "-", slug);
    file = dir "/careers/" slug ".md";
    s1 = skills[(i % 16) + 1]; s2 = skills[((i * 7) % 16) + 1]; if (s2 == s1) s2 = skills[((i + 3) % 16) + 1];
    ind1 = industries[(i % 12) + 1]; ind2 = industries[((i * 5) % 12) + 1];
    low = 30000 + (i % 50) * 1000; median = low + 15000; high = median + 25000;
    share = 40 + (i % 50);
    printf "---\ntitle: %s\nsnapshot:\n  summary: A made-up career number %d for benchmarks, working in %s with %s.\n", name, i, ind1, s1 > file;
    printf "  titles: [%s, %s Lead]\n  industries: [%s, %s]\n  hours:\n    min: 35\n    max: 45\n    mode: hybrid\n  top_skills: [%s, %s]\n", name, roles[(int(i / 10) % 10) + 1], ind1, ind2, s1, s2 > file;
    printf "day:\n  - time: \"09:00\"\n    activity: Plan the day with the %s team\n  - time: \"14:00\"\n    activity: Review %s work\n", ind1, s2 > file;
    printf "pathway:\n  - stage: Training\n    timing: 2 years\n  - stage: First role\n    timing: Yr 1-3\n" > file;
    printf "skills:\n  - skill: %s\n    rating: %d\n  - skill: %s\n    rating: %d\n", s1, 50 + (i % 50), s2, 30 + (i % 60) > file;
    printf "education:\n  - route: Degree in %s\n    share: %d\n    duration: 4 yrs\n    cost: 3\n  - route: Apprenticeship\n    share: %d\n    duration: 2 yrs\n    cost: 1\n", ind1, share, 100 - share > file;
    printf "market:\n  region: Testland\n  salary:\n    currency: USD\n    period: year\n    low: %d\n    median: %d\n    high: %d\n  demand: moderate\n  growth:\n    percent: %d\n    by: 2034\n", low, median, high, (i % 30) - 5 > file;
    printf "fit:\n  threshold: 1\n  statements:\n    - You enjoy %s.\n    - You like %s.\n", tolower(s1), ind2 > file;
    printf "---\n\n## Why it matters\n\nPeople in %s depend on this work every day, and %s skills keep it running.\n\n## Outlook\n\nSteady demand across %s and %s.\n", ind1, tolower(s2), ind1, ind2 > file;
    close(file);
  }
}'
echo "wrote $count careers to $dir/careers"
