"""Hand annotations of the Parley sample corpus (see ../README.md), one list of records per document.

Each record is written as in parley.claim/1 except: `ev` lists evidence sentences as (first words,
last words); `quote_parts` lists the quoted pieces of a statement (joined with a space); `sq_mi`
gives an area in square miles (converted to km2). build_gold.py turns them into gold files.
"""

NAMED = {"via": [], "source": None, "named": True}


def prov(type_, polarity="for", regions=None, beneficiary=None, detail=None):
    p = {"type": type_, "polarity": polarity}
    if regions:
        p["regions"] = regions
    if beneficiary:
        p["beneficiary"] = beneficiary
    if detail:
        p["detail"] = detail
    return p


def position(kind, holder, provision, ev, **kw):
    return {"kind": kind, "holder": holder, "provision": provision, "ev": ev, **kw}


def demand(holder, provision, ev, **kw):
    return position("demand", holder, provision, ev, **kw)


def offer(holder, provision, ev, **kw):
    return position("offer", holder, provision, ev, **kw)


def rejection(holder, provision, ev, **kw):
    return position("rejection", holder, provision, ev, **kw)


def control(holder, regions, approx, ev, share=None, area=None, **kw):
    measure = {"approx": approx}
    if share is not None:
        measure["share"] = share
    if area is not None:
        measure["area_km2"] = area
    return {"kind": "control", "holder": holder, "regions": regions, "measure": measure, "ev": ev, **kw}


def statement(holder, agent, parts, ev, **kw):
    rec = {"kind": "statement", "agent": agent, "quote_parts": parts, "ev": ev, **kw}
    if holder:
        rec["holder"] = holder
    return rec


def meeting(participants, ev, **kw):
    return {"kind": "meeting", "participants": participants, "ev": ev, **kw}


FOUR = ["UA-09", "UA-14", "UA-23", "UA-65"]
DONBAS = ["UA-09", "UA-14"]

# --- 01: Russia's draft treaties, Dec 2021 (newswire) -------------------------------------------
S01 = {
    "B": ("Under the texts released", "would rule out admitting Ukraine."),
    "C": ("The alliance would also refrain", "Central Asia."),
    "D": ("Moscow further wants", "Russian soil."),
    "E": ("Deputy Foreign Minister Sergei Ryabkov", "possibly in Geneva."),
    "F": ('"What we need are guarantees', "he said."),
    "G": ("White House press secretary Jen Psaki", "its own alliances."),
    "H": ("NATO Secretary General Jens Stoltenberg said", "Ukraine alone."),
    "I": ("The publication comes ten days", "attacked its neighbour."),
}
T = "2021-12-17"
DOC01 = [
    demand("RUS", prov("alliance.nato", "against", detail="no further NATO expansion, Ukraine not admitted"),
           [S01["B"]], addressee="NATO", valid_time=T),
    demand("RUS", prov("troops.foreign", "against", detail="no NATO military activity on Ukrainian territory"),
           [S01["C"]], addressee="NATO", valid_time=T),
    demand("RUS", prov("other", detail="pull NATO forces and weapons back from states that joined after May 1997"),
           [S01["D"]], addressee="NATO", valid_time=T),
    demand("RUS", prov("other", detail="no US intermediate-range missiles within reach of Russia"),
           [S01["D"]], addressee="USA", valid_time=T),
    offer("RUS", prov("talks", detail="open negotiations without delay, possibly in Geneva"),
          [S01["E"]], agent="ryabkov", valid_time=T),
    demand("RUS", prov("security.interests", detail="legally binding security guarantees for Russia"),
           [S01["F"]], agent="ryabkov", valid_time=T),
    statement("RUS", "ryabkov", ["What we need are guarantees that are legally binding, because the assurances "
                                 "we were given in the past turned out to be worthless,"], [S01["F"]], valid_time=T),
    rejection("USA", prov("alliance.nato", "against", detail="will not trade away every country's right to choose its alliances"),
              [S01["G"]], agent="psaki"),
    rejection("NATO", prov("alliance.nato", "against", detail="no arrangement denying Ukraine the right to seek membership"),
              [S01["H"]], agent="stoltenberg"),
    meeting(["biden", "putin"], [S01["I"]], valid_time="2021-12-07"),
]

# --- 02: third round in Belarus, Peskov's four conditions, Zelensky on ABC (newswire) ---------------
S02 = {
    "A": ("Russian and Ukrainian negotiators met for a third time", "evacuating civilians."),
    "B": ('"The talks did not give us', "told reporters afterwards."),
    "D": ("Hours before the session,", "met its conditions."),
    "E": ("According to Peskov,", "as independent states."),
    "F": ('"Kyiv is well aware', "Peskov said."),
    "G": ("Ukrainian President Volodymyr Zelensky, in an interview with ABC News", 'as independent.'),
    "H": ('"I am ready for dialogue', "he said."),
    "I": ("He also signalled that Kyiv", "take Ukraine in."),
}
T = "2022-03-07"
PESKOV = {"via": ["Reuters"], "source": "Dmitry Peskov", "named": True}
ABC = {"via": ["ABC News"], "source": None, "named": True}
DOC02 = [
    meeting(["RUS", "UKR"], [S02["A"]], place="Belovezhskaya Pushcha, Belarus", valid_time=T),
    statement("RUS", "medinsky", ["The talks did not give us what we had hoped for,"], [S02["B"]], valid_time=T),
    offer("RUS", prov("ceasefire", detail="halt the military operation at once if Kyiv meets the conditions"),
          [S02["D"]], agent="peskov", addressee="UKR", valid_time=T, attribution=PESKOV),
    demand("RUS", prov("ceasefire", detail="Ukraine to stop fighting"),
           [S02["D"], S02["E"]], agent="peskov", addressee="UKR", valid_time=T, attribution=PESKOV),
    demand("RUS", prov("neutrality", detail="constitutional amendment barring membership of any bloc"),
           [S02["E"]], agent="peskov", addressee="UKR", valid_time=T, attribution=PESKOV),
    demand("RUS", prov("territory.recognize", regions=["UA-43"], beneficiary="RUS", detail="accept Crimea as Russian"),
           [S02["E"]], agent="peskov", addressee="UKR", valid_time=T, attribution=PESKOV),
    demand("RUS", prov("territory.recognize", regions=DONBAS, detail="independence of the DPR and LPR"),
           [S02["E"]], agent="peskov", addressee="UKR", valid_time=T, attribution=PESKOV),
    statement("RUS", "peskov", ["Kyiv is well aware of this, and it can all be over very quickly,"], [S02["F"]],
              valid_time=T, attribution=PESKOV),
    offer("UKR", prov("talks", regions=["UA-09", "UA-14", "UA-43"], detail="discuss the future of Crimea and the breakaway regions"),
          [S02["G"]], agent="zelensky", valid_time=T, attribution=ABC),
    rejection("UKR", prov("territory.recognize", regions=["UA-43"], beneficiary="RUS", detail="Crimea as Russian"),
              [S02["G"]], agent="zelensky", valid_time=T, attribution=ABC),
    rejection("UKR", prov("territory.recognize", regions=DONBAS, detail="independence of the 'republics'"),
              [S02["G"]], agent="zelensky", valid_time=T, attribution=ABC),
    statement("UKR", "zelensky", ["I am ready for dialogue, not for surrender,"], [S02["H"]], valid_time=T, attribution=ABC),
    offer("UKR", prov("alliance.nato", "against", detail="no longer insisting on NATO membership"),
          [S02["I"]], agent="zelensky", valid_time=T, attribution=ABC),
]

# --- 03: Istanbul round of 29 March 2022 (newswire) ----------------------------------------------
S03 = {
    "A": ("Ukraine proposed on Tuesday", "in Istanbul."),
    "B": ("Under the plan,", "defend one another."),
    "C": ("Kyiv's delegation also suggested", "presidents in person."),
    "D": ("Ukraine wants its road", "part of any deal."),
    "E": ('"The guarantor states,', "told reporters."),
    "F": ("Russia's deputy defence minister", "further negotiations."),
    "H": ("He said a meeting between Putin", "two foreign ministers."),
    "I": ('"This is not a ceasefire,"', 'stepping down the escalation."'),
}
T = "2022-03-29"
DOC03 = [
    meeting(["RUS", "UKR"], [S03["A"]], place="Istanbul", valid_time=T),
    offer("UKR", prov("neutrality", detail="neutral status, no military alliances"), [S03["A"], S03["B"]], valid_time=T),
    demand("UKR", prov("security.guarantees", detail="guarantor states bound to defend Ukraine if attacked"),
           [S03["A"], S03["B"]], valid_time=T),
    offer("UKR", prov("troops.foreign", "against", detail="no foreign bases or troops on Ukrainian soil"), [S03["B"]], valid_time=T),
    offer("UKR", prov("talks", regions=["UA-43"], detail="15-year bilateral consultations on Crimea's status, no force"),
          [S03["C"]], valid_time=T),
    offer("UKR", prov("talks", regions=DONBAS, detail="Donbas questions to be settled by the two presidents"),
          [S03["C"]], valid_time=T),
    demand("UKR", prov("alliance.eu", detail="guarantors must not block EU membership"),
           [S03["D"], S03["E"]], agent="podolyak", addressee="RUS"),
    statement("UKR", "podolyak", ["The guarantor states, Russia among them, must not stand in the way of our "
                                  "membership of the European Union,"], [S03["E"]]),
    offer("RUS", prov("territory.withdraw", regions=["UA-32", "UA-74"], detail="scale down operations and pull back forces"),
          [S03["F"]], agent="fomin"),
    offer("RUS", prov("talks", detail="Putin-Zelensky meeting once a treaty is ready for initialling"),
          [S03["H"]], agent="medinsky"),
    statement("RUS", "medinsky", ["This is not a ceasefire,", "but it is our way of stepping down the escalation."],
              [S03["I"]]),
]

# --- 04: Zelensky's peace formula at the G20, Nov 2022 (presidency style) --------------------------
S04 = {
    "B": ("The Head of State emphasised that nuclear safety", "since March."),
    "C": ("Volodymyr Zelenskyy stressed that all prisoners", '"all for all".'),
    "D": ("The President emphasised that the UN Charter", "borders of 1991."),
    "E": ("Russia must withdraw all its troops", "the President said."),
    "F": ("According to the President, justice", "caused by the war."),
    "G": ("Ukraine also needs effective security guarantees", "the Head of State noted."),
    "H": ('"Nobody should expect Ukraine', "the President stressed."),
    "I": ("Volodymyr Zelenskyy also warned against attempts", "freeze the conflict."),
    "J": ('"There will be no new Minsk', "the President stressed."),
}
Z = {"agent": "zelensky", "valid_time": "2022-11-15"}
DOC04 = [
    demand("UKR", prov("other", detail="nuclear safety; Russia to leave the Zaporizhzhia nuclear power plant"),
           [S04["B"]], addressee="RUS", **Z),
    demand("UKR", prov("prisoners", detail="all for all, including deported persons and children"), [S04["C"]],
           addressee="RUS", **Z),
    demand("UKR", prov("territory.return", beneficiary="UKR", detail="restore territorial integrity within the 1991 borders"),
           [S04["D"]], addressee="RUS", **Z),
    demand("UKR", prov("territory.withdraw", detail="withdraw all Russian troops"), [S04["E"]], addressee="RUS", **Z),
    demand("UKR", prov("ceasefire", detail="cease hostilities"), [S04["E"]], addressee="RUS", **Z),
    demand("UKR", prov("other", detail="special tribunal for the crime of aggression"), [S04["F"]], **Z),
    demand("UKR", prov("assets", detail="international mechanism to compensate war damage"), [S04["F"]], **Z),
    demand("UKR", prov("security.guarantees"), [S04["G"]], **Z),
    statement("UKR", "zelensky", ["Nobody should expect Ukraine to bargain away its conscience, its land or its "
                                  "independence. We keep our word, and we expect the same from others,"],
              [S04["H"]], valid_time="2022-11-15"),
    rejection("UKR", prov("territory.cede", beneficiary="RUS", detail="will not bargain away its land"), [S04["H"]], **Z),
    rejection("UKR", prov("territory.freeze", detail="no new Minsk-style agreement or pause"), [S04["I"], S04["J"]], **Z),
    statement("UKR", "zelensky", ["There will be no new Minsk agreement that Russia would break the day after "
                                  "signing it. We will not give Russia a pause to rebuild its forces and attack again,"],
              [S04["J"]], valid_time="2022-11-15"),
]

# --- 07: Putin's conditions of 14 June 2024 (Kremlin style) ---------------------------------------
S07 = {
    "A": ("The President stated that Ukrainian troops", "plans to join NATO."),
    "B": ("Vladimir Putin stressed that as soon as", "begin negotiations."),
    "C": ("The President noted that the basic principles", "Russian-speaking citizens."),
    "D": ("These provisions, the President said,", "the Russian Federation."),
    "E": ("All Western sanctions against Russia", "the President added."),
    "F": ('"This is not about freezing', "Vladimir Putin said."),
    "G": ('"Should Kiev and its Western sponsors', "the President said."),
}
P = {"agent": "putin", "valid_time": "2024-06-14"}
DOC07 = [
    demand("RUS", prov("territory.withdraw", regions=FOUR, detail="complete withdrawal within the regions' administrative borders"),
           [S07["A"]], addressee="UKR", **P),
    demand("RUS", prov("alliance.nato", "against", detail="formal notice that Kyiv abandons plans to join NATO"),
           [S07["A"]], addressee="UKR", **P),
    offer("RUS", prov("ceasefire", detail="immediate ceasefire once Kyiv begins the withdrawal"), [S07["B"]], **P),
    offer("RUS", prov("talks", detail="negotiations once Kyiv begins the withdrawal"), [S07["B"]], **P),
    demand("RUS", prov("neutrality", detail="neutral, non-aligned status"), [S07["C"]], addressee="UKR", **P),
    demand("RUS", prov("military.limits", detail="non-nuclear status"), [S07["C"]], addressee="UKR", **P),
    demand("RUS", prov("military.limits", detail="demilitarisation"), [S07["C"]], addressee="UKR", **P),
    demand("RUS", prov("governance", detail="denazification"), [S07["C"]], addressee="UKR", **P),
    demand("RUS", prov("rights.language", detail="rights of Russian-speaking citizens"), [S07["C"]], addressee="UKR", **P),
    demand("RUS", prov("territory.recognize", regions=["UA-09", "UA-14", "UA-23", "UA-40", "UA-43", "UA-65"],
                       beneficiary="RUS", detail="new territorial realities in international agreements"),
           [S07["D"]], **P),
    demand("RUS", prov("sanctions", detail="lift all Western sanctions"), [S07["E"]], **P),
    rejection("RUS", prov("territory.freeze", detail="not a freeze but a final end"), [S07["F"]], **P),
    statement("RUS", "putin", ["This is not about freezing the conflict. We are talking about bringing it to a final end,"],
              [S07["F"]], valid_time="2024-06-14"),
    statement("RUS", "putin", ["Should Kiev and its Western sponsors say no once again, the political and moral "
                               "responsibility for further bloodshed will lie with them,"],
              [S07["G"]], valid_time="2024-06-14"),
]

# --- 08: Burgenstock conference and the reactions to Putin's terms (newswire) ----------------------
S08 = {
    "A": ("Leaders and officials from more than 90 countries", "Kamala Harris."),
    "B": ("The meeting opened a day after", "join NATO."),
    "C": ("Zelensky, speaking on Friday", "rejected the demand to withdraw."),
    "D": ('"These are ultimatums', "he said."),
    "E": ("He added that Ukraine would not abandon", "joining NATO."),
    "F": ("Ukraine's foreign ministry called", "international community."),
    "G": ('"What Moscow calls a peace offer', "in Brussels."),
    "H": ("Kremlin spokesman Dmitry Peskov said on Saturday", "consider the offer."),
}
T = "2024-06-14"
DOC08 = [
    meeting(["amherd", "harris", "zelensky"], [S08["A"]], place="Burgenstock, Switzerland", valid_time="2024-06-15"),
    demand("RUS", prov("territory.withdraw", regions=FOUR), [S08["B"]], agent="putin", addressee="UKR", valid_time=T),
    demand("RUS", prov("alliance.nato", "against"), [S08["B"]], agent="putin", addressee="UKR", valid_time=T),
    offer("RUS", prov("ceasefire", detail="once Ukraine withdraws and drops its NATO bid"), [S08["B"]], agent="putin",
          valid_time=T),
    rejection("UKR", prov("territory.withdraw", regions=FOUR), [S08["C"], S08["F"]], agent="zelensky", valid_time=T),
    statement("UKR", "zelensky", ["These are ultimatums of the same kind Hitler used to issue, and nobody should "
                                  "mistake them for a peace offer,"], [S08["D"]], valid_time=T),
    rejection("UKR", prov("alliance.nato", "against", detail="will not abandon the goal of joining NATO"),
              [S08["E"]], agent="zelensky", valid_time=T),
    statement("UKR", "Ukraine's foreign ministry", ["manipulative"], [S08["F"]]),
    statement("NATO", "stoltenberg", ["What Moscow calls a peace offer is in reality a demand that Ukraine give up "
                                      "even more land than Russia has managed to seize,"], [S08["G"]]),
    offer("RUS", prov("talks", detail="negotiations on the basis Putin outlined"), [S08["H"]], agent="peskov",
          valid_time="2024-06-15"),
]

# --- 09: Kursk incursion, Aug 2024 (newswire) -------------------------------------------------------
S09 = {
    "A": ("Ukraine's top military commander, Oleksandr Syrskyi,", "since World War Two."),
    "B": ("Reuters could not independently verify the figure.", "the figure."),
    "C": ('"Our offensive operations', "by the presidential office."),
    "D": ("Russian President Vladimir Putin, chairing", "the incursion continued."),
    "E": ('"How can anyone talk', "he said."),
    "F": ("Mykhailo Podolyak, an adviser", '"a fair negotiation process".'),
    "G": ("The incursion has not changed the broader picture", "in 2014."),
}
T = "2024-08-12"
DOC09 = [
    control("UKR", ["RU-KRS"], "about", [S09["A"], S09["B"]], area=1000, agent="syrskyi", valid_time=T,
            status="unverified", attribution={"via": ["Reuters"], "source": "Oleksandr Syrskyi", "named": True}),
    statement("UKR", "syrskyi", ["Our offensive operations in the Kursk region are continuing,"], [S09["C"]], valid_time=T),
    rejection("RUS", prov("talks", detail="no talks while the incursion continues"), [S09["D"], S09["E"]],
              agent="putin", addressee="UKR", valid_time=T),
    statement("RUS", "putin", ["How can anyone talk about negotiating with people who shell civilians and threaten "
                               "nuclear power stations?"], [S09["E"]], valid_time=T),
    statement("UKR", "podolyak", ["a fair negotiation process"], [S09["F"]]),
    control("RUS", ["UA"], "about", [S09["G"]], share=0.18),
    control("RUS", ["UA-43"], "all", [S09["G"]], share=1.0, valid_time="2014"),
]

# --- 11: readouts (JSONL) ---------------------------------------------------------------------------
SR1 = {
    "A": ("At the initiative of the French side", "Emmanuel Macron."),
    "B": ("Vladimir Putin informed his counterpart", "without conditions."),
    "C": ("In the President's view,", "neutral status."),
    "D": ("The Russian side confirmed", "Gomel Region of Belarus."),
    "E": ("Emmanuel Macron spoke of the need", "to do so."),
    "F": ("The leaders agreed to continue contacts.", "contacts."),
}
P = {"agent": "putin", "valid_time": "2022-02-28"}
R1 = [
    meeting(["macron", "putin"], [SR1["A"], SR1["F"]], valid_time="2022-02-28"),
    demand("RUS", prov("security.interests", detail="unconditional account of Russia's security interests"),
           [SR1["B"]], **P),
    demand("RUS", prov("territory.recognize", regions=["UA-43"], beneficiary="RUS", detail="Russian sovereignty over Crimea"),
           [SR1["C"]], addressee="UKR", **P),
    demand("RUS", prov("military.limits", detail="demilitarisation"), [SR1["C"]], addressee="UKR", **P),
    demand("RUS", prov("governance", detail="denazification"), [SR1["C"]], addressee="UKR", **P),
    demand("RUS", prov("neutrality", detail="neutral status"), [SR1["C"]], addressee="UKR", **P),
    offer("RUS", prov("talks", detail="open to negotiations with Ukraine"), [SR1["D"]], addressee="UKR",
          valid_time="2022-02-28"),
    meeting(["RUS", "UKR"], [SR1["D"]], place="Gomel Region, Belarus", valid_time="2022-02-28"),
    demand("FRA", prov("other", detail="protect civilians and civilian infrastructure"), [SR1["E"]],
           agent="macron", addressee="RUS", valid_time="2022-02-28"),
]
SR2 = {
    "A": ("Vladimir Putin had a telephone conversation", "two hours."),
    "B": ("Vladimir Putin said that Russia was ready", "had been reached."),
    "C": ("The President of Russia stressed that the main thing", "crisis."),
    "D": ("Donald Trump, for his part,", "was reached."),
    "E": ("Presidential aide Yuri Ushakov described", 'for both of us."'),
    "F": ("The leaders agreed to continue contacts.", "contacts."),
}
P = {"agent": "putin", "valid_time": "2025-05-19"}
R2 = [
    meeting(["putin", "trump"], [SR2["A"], SR2["F"]], valid_time="2025-05-19"),
    offer("RUS", prov("talks", detail="memorandum on a possible future peace treaty"), [SR2["B"]], addressee="UKR", **P),
    offer("RUS", prov("ceasefire", detail="possible ceasefire for a defined period once arrangements are reached"),
          [SR2["B"]], **P),
    demand("RUS", prov("security.interests", detail="eliminate the root causes of the crisis"), [SR2["C"]], **P),
    offer("USA", prov("assets", detail="trade and economic cooperation with Russia after a settlement"), [SR2["D"]],
          agent="trump", addressee="RUS", valid_time="2025-05-19"),
    statement("RUS", "ushakov", ["It was a frank conversation, and a useful one for both of us."], [SR2["E"]],
              valid_time="2025-05-19"),
]
SR3 = {
    "A": ("Vladimir Putin met in the Kremlin", "Steven Witkoff."),
    "B": ("Special Presidential Envoy for investment", "about three hours."),
    "C": ('"Each side heard', "told journalists."),
    "D": ("At the suggestion of the American side", "worked out."),
    "E": ("Yuri Ushakov added that", "commented on it."),
}
T = "2025-08-06"
R3 = [
    meeting(["dmitriev", "putin", "witkoff"], [SR3["A"], SR3["B"]], place="Kremlin", valid_time=T),
    statement("RUS", "ushakov", ["Each side heard what the other had to say about Ukraine, and we sent some messages of "
                                 "our own,"], [SR3["C"]], valid_time=T),
    offer("USA", prov("talks", detail="bilateral summit of the two presidents in the coming days"), [SR3["D"]], valid_time=T),
    offer("RUS", prov("talks", detail="bilateral summit of the two presidents in the coming days"), [SR3["D"]], valid_time=T),
    offer("USA", prov("talks", detail="three-way meeting with Ukraine"), [SR3["E"]], valid_time=T),
]

# --- 12: Istanbul, 16 May 2025 (newswire) ---------------------------------------------------------
S12 = {
    "A": ("Russian and Ukrainian officials held their first", "1,000 prisoners of war each."),
    "B": ("The Russian delegation was led by", "Rustem Umerov."),
    "C": ("Turkish Foreign Minister Hakan Fidan opened the session.", "the session."),
    "D": ("President Vladimir Putin, whom Zelensky had urged", "stayed in Moscow."),
    "E": ("The Russian side demanded that Kyiv", "told Reuters."),
    "F": ("The source, who called the terms", "turned them down."),
    "G": ("Reuters could not independently verify the account.", "the account."),
    "H": ("Umerov said Ukraine had proposed", "next steps."),
    "I": ('"We are satisfied with the outcome', "after the session."),
    "J": ("He said Russia had taken note", "in detail."),
    "K": ("Earlier on Friday, U.S. Secretary of State", "Turkish officials."),
    "M": ('"I don\'t think anything moves', "could be arranged."),
}
T = "2025-05-16"
SOURCE12 = {"via": ["Reuters"], "source": "a Ukrainian source familiar with the talks", "named": False}
DOC12 = [
    meeting(["RUS", "TUR", "UKR"], [S12["A"], S12["B"], S12["C"]], place="Istanbul", valid_time=T),
    offer("RUS", prov("prisoners", detail="1,000-for-1,000 exchange of prisoners of war"), [S12["A"]], valid_time=T),
    offer("UKR", prov("prisoners", detail="1,000-for-1,000 exchange of prisoners of war"), [S12["A"]], valid_time=T),
    demand("UKR", prov("talks", detail="Putin to come to the talks in person"), [S12["D"]], agent="zelensky", addressee="RUS"),
    demand("RUS", prov("territory.withdraw", regions=FOUR, detail="as the price of a ceasefire"), [S12["E"], S12["G"]],
           addressee="UKR", valid_time=T, status="unverified", attribution=SOURCE12),
    rejection("UKR", prov("territory.withdraw", regions=FOUR), [S12["F"], S12["G"]], valid_time=T, status="unverified",
              attribution=SOURCE12),
    statement("UKR", "a Ukrainian source familiar with the talks", ["far from reality"], [S12["F"]], status="unverified",
              attribution=SOURCE12),
    offer("UKR", prov("ceasefire", detail="full and unconditional ceasefire"), [S12["H"]], agent="umerov", valid_time=T),
    offer("UKR", prov("talks", detail="meeting between Zelensky and Putin"), [S12["H"], S12["J"]], agent="umerov",
          valid_time=T),
    statement("RUS", "medinsky", ["We are satisfied with the outcome and ready to keep the contacts going,"], [S12["I"]],
              valid_time=T),
    offer("RUS", prov("talks", detail="continue contacts; each side to set out its vision of a future ceasefire"),
          [S12["I"], S12["J"]], agent="medinsky", valid_time=T),
    meeting(["fidan", "rubio", "umerov"], [S12["K"]], place="Istanbul", valid_time=T),
    statement("USA", "trump", ["I don't think anything moves until Putin and I sit down together,"], [S12["M"]],
              valid_time="2025-05-15"),
    offer("USA", prov("talks", detail="Trump-Putin meeting as soon as it can be arranged"), [S12["M"]], agent="trump",
          valid_time="2025-05-15"),
]

# --- 13: completion of the 1,000-for-1,000 exchange (presidency style) -----------------------------
S13 = {
    "A": ("Volodymyr Zelenskyy emphasised that Ukraine is seeking", "remains the goal."),
    "B": ('"We are bringing our people home', "the President stressed."),
    "C": ("The Head of State emphasised that an end to the killing", "in any format."),
    "D": ("He called on partners to tighten sanctions on Russia.", "on Russia."),
    "E": ('"Without strong pressure', "Volodymyr Zelenskyy said."),
}
Z = {"agent": "zelensky", "valid_time": "2025-05-25"}
DOC13 = [
    demand("UKR", prov("prisoners", detail="all for all"), [S13["A"]], addressee="RUS", **Z),
    statement("UKR", "zelensky", ["We are bringing our people home step by step. Every name matters to us, and we will "
                                  "keep working until every Ukrainian held in Russia is free. This exchange shows that "
                                  "decisions can be taken when there is real pressure and real diplomacy,"],
              [S13["B"]], valid_time="2025-05-25"),
    demand("UKR", prov("ceasefire", detail="full and unconditional ceasefire of at least 30 days"), [S13["C"]],
           addressee="RUS", **Z),
    offer("UKR", prov("talks", detail="meeting of leaders in any format"), [S13["C"]], **Z),
    demand("UKR", prov("sanctions", "against", detail="tighten sanctions on Russia"), [S13["D"], S13["E"]], **Z),
    statement("UKR", "zelensky", ["Without strong pressure, Russia will not stop. Sanctions must become tougher, and "
                                  "every new strike must have a price for Moscow,"], [S13["E"]], valid_time="2025-05-25"),
]

# --- 14: Istanbul, 2 June 2025, the two memoranda (newswire) --------------------------------------
S14 = {
    "A": ("Russia and Ukraine held a second round", "at the Ciragan Palace."),
    "B": ("They agreed to exchange all severely wounded", "towards a ceasefire."),
    "C": ("The Russian delegation handed over a memorandum", "later published."),
    "D": ("For a ceasefire, it gives Kyiv two options", "within 100 days."),
    "E": ("For a final settlement, the document demands", "part of Russia."),
    "F": ("It also calls for Western sanctions", "to be lifted."),
    "G": ("Ukraine's own memorandum,", "exchange of prisoners."),
    "H": ("It rules out any limits", "Ukrainian land."),
    "I": ("According to the document, the current line", "talks on territory."),
    "J": ("Russia's chief negotiator Vladimir Medinsky said", "could be collected."),
    "K": ("Zelensky on Tuesday called", "the main questions."),
}
T = "2025-06-02"
RUMEMO = {"valid_time": T, "attribution": {"via": ["Russian state media"], "source": "the Russian memorandum",
                                           "named": True}}
UAMEMO = {"valid_time": T, "status": "reported", "attribution": {"via": ["Reuters"], "source": "a copy seen by Reuters",
                                                                 "named": False}}
SWAP = "exchange of severely wounded, sick and 18-25-year-old prisoners; return of 6,000 bodies each"
DOC14 = [
    meeting(["RUS", "UKR"], [S14["A"]], place="Istanbul", valid_time=T),
    offer("RUS", prov("prisoners", detail=SWAP), [S14["B"]], valid_time=T),
    offer("UKR", prov("prisoners", detail=SWAP), [S14["B"]], valid_time=T),
    demand("RUS", prov("territory.withdraw", regions=FOUR, detail="first option for a ceasefire"), [S14["C"], S14["D"]],
           addressee="UKR", **RUMEMO),
    demand("RUS", prov("military.limits", detail="halt mobilisation"), [S14["D"]], addressee="UKR", **RUMEMO),
    demand("RUS", prov("other", detail="stop receiving Western weapons"), [S14["D"]], addressee="UKR", **RUMEMO),
    demand("RUS", prov("governance", detail="lift martial law, elections within 100 days"), [S14["D"]], addressee="UKR",
           **RUMEMO),
    demand("RUS", prov("neutrality", detail="neutral, outside military alliances"), [S14["E"]], addressee="UKR", **RUMEMO),
    demand("RUS", prov("military.limits", detail="cap the size of the armed forces"), [S14["E"]], addressee="UKR", **RUMEMO),
    demand("RUS", prov("rights.language", detail="official status for Russian"), [S14["E"]], addressee="UKR", **RUMEMO),
    demand("RUS", prov("territory.recognize", regions=["UA-09", "UA-14", "UA-23", "UA-43", "UA-65"], beneficiary="RUS",
                       detail="international recognition as part of Russia"), [S14["E"]], **RUMEMO),
    demand("RUS", prov("sanctions", detail="lift Western sanctions"), [S14["F"]], **RUMEMO),
    demand("UKR", prov("ceasefire", detail="complete ceasefire on land, in the air and at sea for at least 30 days"),
           [S14["G"]], addressee="RUS", **UAMEMO),
    demand("UKR", prov("prisoners", detail="return of all deported Ukrainian children"), [S14["G"]], addressee="RUS", **UAMEMO),
    demand("UKR", prov("prisoners", detail="all for all exchange"), [S14["G"]], addressee="RUS", **UAMEMO),
    rejection("UKR", prov("military.limits", detail="no limits on size or equipment of the armed forces"), [S14["H"]],
              **UAMEMO),
    rejection("UKR", prov("territory.recognize", beneficiary="RUS", detail="no recognition of Russian sovereignty over occupied land"),
              [S14["H"]], **UAMEMO),
    offer("UKR", prov("territory.freeze", detail="current line of contact as the starting point for talks on territory"),
          [S14["I"]], **UAMEMO),
    offer("RUS", prov("ceasefire", detail="two-to-three-day truce in some sections to collect the dead"), [S14["J"]],
          agent="medinsky", valid_time=T),
    statement("UKR", "zelensky", ["an ultimatum"], [S14["K"]], valid_time="2025-06-03"),
    demand("UKR", prov("talks", detail="meeting of leaders"), [S14["K"]], agent="zelensky", valid_time="2025-06-03"),
]

# --- 15: control estimates compared, July 2025 -----------------------------------------------------
S15 = {
    "A": ("Russian forces control about 19 percent", "close to the Ukrainian military."),
    "B": ("By the same maps, Russia holds almost all", "the Donetsk region."),
    "C": ("In the south it holds about three-quarters", "November 2022."),
    "D": ("Leonid Pasechnik, the Moscow-installed head", "under Russian control."),
    "E": ("Ukrainian officials contested that", "western edge."),
    "F": ("In Russia itself, the chief of the general staff", "completely."),
    "G": ("Kyiv disputed the claim", "parts of the region."),
    "H": ("Analysts estimate that Russian troops", "in the spring."),
    "I": ("When Zelensky told Luxembourg's parliament", "later won back."),
    "J": ("Moscow first claimed to have taken the whole of Luhansk", "several districts."),
}
DS = {"status": "reported", "attribution": {"via": ["DeepState"], "source": "DeepState", "named": True}}
DOC15 = [
    control("RUS", ["UA"], "about", [S15["A"]], share=0.19, area=113000, **DS),
    control("RUS", ["UA-09"], "nearly_all", [S15["B"]], share=0.99, **DS),
    control("RUS", ["UA-14"], "about", [S15["B"]], share=0.70, **DS),
    control("RUS", ["UA-23"], "about", [S15["C"]], share=0.75, **DS),
    control("RUS", ["UA-65"], "about", [S15["C"]], share=0.75, **DS),
    control("RUS", ["UA-09"], "all", [S15["D"], S15["E"]], share=1.0, agent="pasechnik", valid_time="2025-06-30",
            status="disputed"),
    control("UKR", ["UA-09"], "part", [S15["E"]], status="reported",
            attribution={"via": [], "source": "Ukrainian officials", "named": False}),
    control("RUS", ["RU-KRS"], "all", [S15["F"], S15["G"]], share=1.0, agent="gerasimov", valid_time="2025-04",
            status="disputed"),
    control("UKR", ["RU-KRS"], "part", [S15["G"]], status="reported",
            attribution={"via": [], "source": "Ukraine's general staff", "named": True}),
    control("RUS", ["UA-59"], "about", [S15["H"]], sq_mi=80, status="estimated",
            attribution={"via": [], "source": "analysts", "named": False}),
    control("RUS", ["UA"], "about", [S15["I"]], share=0.20, agent="zelensky", valid_time="2022-06", status="reported"),
    control("RUS", ["UA-09"], "all", [S15["J"]], share=1.0, valid_time="2022-07", status="reported"),
]

# --- 16: op-ed: hypotheticals and predictions are not claims; one stated figure is -----------------
DOC16 = [
    control("RUS", ["UA"], "about", [("Russia already holds roughly one-fifth", "full-scale invasion.")], share=0.2),
]

# --- 17: Alaska summit, 15 Aug 2025 (newswire) ----------------------------------------------------
S17 = {
    "A": ("U.S. President Donald Trump and Russian President Vladimir Putin talked", "fighting in Ukraine."),
    "B": ('"We are not there yet', "took questions."),
    "C": ("Putin said a lasting settlement required", "addressed."),
    "D": ('"For the settlement to last', "emerging understanding."),
    "E": ("Speaking in English at the end", "in Moscow."),
    "F": ("Trump telephoned Ukrainian President", "back to Washington."),
    "G": ("On Saturday, Trump wrote on social media", "failed to hold."),
    "H": ("Zelensky said on Saturday that Ukraine supported", "level of leaders."),
    "I": ('"The killing has to stop', "he wrote."),
}
T = "2025-08-15"
DOC17 = [
    meeting(["putin", "trump"], [S17["A"]], place="Anchorage, Alaska", valid_time=T),
    statement("USA", "trump", ["We are not there yet, but there was a lot of progress,"], [S17["B"]], valid_time=T),
    demand("RUS", prov("security.interests", detail="remove the root causes of the conflict"), [S17["C"], S17["D"]],
           agent="putin", valid_time=T),
    statement("RUS", "putin", ["For the settlement to last, the root causes of the conflict have to be removed,"],
              [S17["D"]], valid_time=T),
    offer("RUS", prov("talks", detail="next meeting in Moscow"), [S17["E"]], agent="putin", addressee="USA", valid_time=T),
    meeting(["trump", "zelensky"], [S17["F"]], valid_time=T),
    rejection("USA", prov("ceasefire", detail="prefers going straight to a full peace agreement"), [S17["G"]],
              agent="trump", valid_time="2025-08-16"),
    offer("USA", prov("talks", detail="three-way meeting of leaders with Russia and Ukraine"), [S17["H"]]),
    offer("UKR", prov("talks", detail="three-way meeting of leaders"), [S17["H"]], agent="zelensky", valid_time="2025-08-16"),
    demand("UKR", prov("ceasefire", detail="stop the killing on land, at sea and in the air"), [S17["I"]],
           agent="zelensky", valid_time="2025-08-16"),
    statement("UKR", "zelensky", ["The killing has to stop as soon as possible, on land, at sea and in the air,"],
              [S17["I"]], valid_time="2025-08-16"),
]

# --- 18: the reported Donbas-for-freeze package (newswire) ----------------------------------------
S18 = {
    "A": ("Vladimir Putin told Donald Trump at their summit", "familiar with the conversation said."),
    "B": ("In return, Russian forces would stop", "southern front line unchanged."),
    "C": ("Putin also signalled that he could hand back", "the sources said."),
    "D": ("They added that he wanted Ukraine kept out of NATO", "parts of the country."),
    "E": ("Parley Wire could not independently verify their account.", "their account."),
    "F": ("Ukrainian President Volodymyr Zelensky has repeatedly ruled out", "from the Donbas."),
    "G": ('"Pulling out of Donbas', "fresh Russian offensive."),
    "H": ("Zelensky also said last weekend", "Ukraine's land."),
    "I": ("Russia holds nearly a fifth of Ukraine", "almost the whole of Luhansk."),
    "J": ("Ukraine still controls roughly a quarter", "the Donetsk region."),
    "K": ("His previous visit, in February,", "in the Oval Office."),
}
T = "2025-08-15"
SRC18 = {"agent": "putin", "valid_time": T, "status": "unverified",
         "attribution": {"via": [], "source": "two people familiar with the conversation", "named": False}}
DOC18 = [
    meeting(["putin", "trump"], [S18["A"]], place="Alaska", valid_time=T),
    demand("RUS", prov("territory.cede", regions=["UA-14"], beneficiary="RUS", detail="the part of Donetsk Ukraine still holds"),
           [S18["A"], S18["E"]], addressee="USA", **SRC18),
    offer("RUS", prov("territory.freeze", regions=["UA-23", "UA-65"]), [S18["B"], S18["E"]], **SRC18),
    offer("RUS", prov("territory.return", regions=["UA-59", "UA-63"], beneficiary="UKR"), [S18["C"], S18["E"]], **SRC18),
    demand("RUS", prov("alliance.nato", "against"), [S18["D"], S18["E"]], **SRC18),
    demand("RUS", prov("troops.foreign", "against", detail="no Western forces in Ukraine"), [S18["D"], S18["E"]], **SRC18),
    demand("RUS", prov("rights.language", detail="official status for Russian in parts of Ukraine"), [S18["D"], S18["E"]],
           **SRC18),
    rejection("UKR", prov("territory.withdraw", regions=DONBAS), [S18["F"], S18["G"]], agent="zelensky",
              valid_time="2025-08-12"),
    statement("UKR", "zelensky", ["Pulling out of Donbas is not something we can do,"], [S18["G"]], valid_time="2025-08-12"),
    rejection("UKR", prov("territory.cede", beneficiary="RUS", detail="constitution does not allow giving away land"),
              [S18["H"]], agent="zelensky", valid_time="2025-08"),
    control("RUS", ["UA"], "about", [S18["I"]], share=0.2, sq_mi=44000),
    control("RUS", ["UA-14"], "about", [S18["I"]], share=0.75),
    control("RUS", ["UA-09"], "nearly_all", [S18["I"]]),
    control("UKR", ["UA-14"], "about", [S18["J"]], share=0.25),
    meeting(["trump", "zelensky"], [S18["K"]], place="Oval Office", valid_time="2025-02"),
]

# --- 19: White House meeting and US positions, Aug 2025 (newswire) --------------------------------
S19 = {
    "A": ("President Donald Trump hosted Ukrainian President", "most of the burden."),
    "B": ("The visitors included", "Ursula von der Leyen."),
    "C": ("In an interview with Fox News on Tuesday", "support from the air."),
    "D": ("A day before the meeting, on Sunday", "joining NATO."),
    "E": ("His envoy Steve Witkoff told CNN", "collective defence clause."),
    "F": ('"Security guarantees are now', "told reporters on Monday."),
    "G": ("During the White House meeting Trump broke off", "to follow."),
    "H": ('"Meetings at the very top', "told reporters on Tuesday."),
    "I": ("Zelensky, who described the talks", "guarantee package."),
}
T = "2025-08-18"
FOX = {"via": ["Fox News"], "source": None, "named": True}
DOC19 = [
    meeting(["macron", "meloni", "merz", "rutte", "starmer", "stubb", "trump", "von-der-leyen", "zelensky"],
            [S19["A"], S19["B"]], place="White House", valid_time=T),
    offer("USA", prov("security.guarantees", detail="help guarantee Ukraine's security, Europe carrying most of the burden"),
          [S19["A"], S19["F"]], agent="trump", valid_time=T),
    rejection("USA", prov("troops.foreign", detail="American ground troops in Ukraine"), [S19["C"]], agent="trump",
              valid_time="2025-08-19", attribution=FOX),
    offer("USA", prov("security.guarantees", detail="possible US support from the air"), [S19["C"]], agent="trump",
          valid_time="2025-08-19", attribution=FOX),
    rejection("USA", prov("territory.return", regions=["UA-43"], beneficiary="UKR"), [S19["D"]], agent="trump",
              valid_time="2025-08-17"),
    rejection("USA", prov("alliance.nato"), [S19["D"]], agent="trump", valid_time="2025-08-17"),
    offer("RUS", prov("security.guarantees", detail="US and European protection modelled on NATO's collective defence clause"),
          [S19["E"]], agent="putin", valid_time="2025-08-15", status="reported",
          attribution={"via": ["CNN"], "source": "Steve Witkoff", "named": True}),
    statement("USA", "rubio", ["Security guarantees are now the central question, and the Europeans will carry much of "
                               "that load, with us coordinating and helping,"], [S19["F"]], valid_time=T),
    meeting(["putin", "trump"], [S19["G"]], valid_time=T),
    offer("RUS", prov("talks", detail="meeting with Zelensky"), [S19["G"]], agent="putin", addressee="UKR", valid_time=T,
          status="reported", attribution={"via": [], "source": "Donald Trump", "named": True}),
    offer("USA", prov("talks", detail="arranging a Putin-Zelensky meeting and a three-way summit"), [S19["G"]],
          agent="trump", valid_time=T),
    statement("RUS", "lavrov", ["Meetings at the very top only make sense if they are prepared properly, stage by stage,"],
              [S19["H"]], valid_time="2025-08-19"),
    offer("UKR", prov("other", detail="buy some $90 billion of US weapons as part of the guarantee package"), [S19["I"]],
          agent="zelensky"),
]

SPEC = {
    "01_draft_treaties": DOC01,
    "02_belarus_talks_kremlin_terms": DOC02,
    "03_istanbul_round_2022": DOC03,
    "04_peace_formula": DOC04,
    "05_regional_air_routes": [],
    "06_kyiv_book_festival": [],
    "07_putin_conditions_june_2024": DOC07,
    "08_burgenstock_reaction": DOC08,
    "09_kursk_incursion": DOC09,
    "readout-20220228-putin-macron": R1,
    "readout-20250519-putin-trump": R2,
    "readout-20250806-putin-witkoff": R3,
    "12_istanbul_talks_may_2025": DOC12,
    "13_prisoner_exchange_may_2025": DOC13,
    "14_istanbul_memoranda_june_2025": DOC14,
    "15_control_estimates_july_2025": DOC15,
    "16_oped_contours_of_a_deal": DOC16,
    "17_alaska_summit": DOC17,
    "18_donbas_for_freeze": DOC18,
    "19_white_house_guarantees": DOC19,
}
