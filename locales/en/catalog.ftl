# Skills kiosk — English texts of the checklist (db/catalog/*.toml).
# Review: written by the development team; not yet reviewed by a native speaker.

## Informal learning
section-informal = What I learned outside school and work
section-informal-intro = Many skills come from family, neighbours, hobbies or the journey to Germany. They count too.
item-informal-areas = Where have you learned things outside school and work?
item-informal-areas-example = You can tick more than one.
option-informal-areas-childcare = Looking after children
option-informal-areas-caring = Caring for sick or old people
option-informal-areas-household = Running a household and money
option-informal-areas-neighbourhood = Helping in the neighbourhood or community
option-informal-areas-volunteering = Volunteering (club, religious community, organisation)
option-informal-areas-hobbies = Hobbies (sport, music, crafts, repairs and more)
option-informal-areas-migration = The journey to Germany and starting here
item-informal-what_did = What did you do there?
item-informal-what_did-example = For example: “I looked after my three younger sisters for five years.”
item-informal-what_learned = What did you learn from it?
item-informal-what_learned-example = For example: “To stay calm, to plan a day, to cook for many people.”
item-informal-helped_others = Have you helped other people find their way (for example at offices, with forms, by translating)?
item-informal-helped_others-example = Choose one answer.
option-informal-helped_others-often = Yes, often
option-informal-helped_others-sometimes = Sometimes
option-informal-helped_others-never = No

## Goals and next steps
section-goals = My goals and next steps
section-goals-intro = What do you want to do in Germany, and what is your next step?
item-goals-wishes = What would you like to do next?
item-goals-wishes-example = You can tick more than one.
option-goals-wishes-work = Find work
option-goals-wishes-training = Start vocational training
option-goals-wishes-study = Study at a university
option-goals-wishes-recognition = Get my qualification recognised
option-goals-wishes-language_course = Take a German course
option-goals-wishes-self_employment = Start my own business
option-goals-wishes-other = Something else
item-goals-work_wish = Which work would you like to do?
item-goals-work_wish-example = For example: cook, nurse, driver, office work.
item-goals-next_steps = What is your next step? Write it in your own words.
item-goals-next_steps-example = For example: “I will ask about a German course near my home.”
item-goals-documents = Which papers do you have? Please bring them to your advisor.
item-goals-documents-example = You can tick more than one. Copies are fine.
option-goals-documents-school_certificate = School certificate
option-goals-documents-vocational_certificate = Certificate of vocational training
option-goals-documents-university_degree = University degree
option-goals-documents-work_references = References from employers
option-goals-documents-translations = Translations of my papers
option-goals-documents-cv = CV (list of my schools and jobs)
option-goals-documents-none = I have no papers with me
