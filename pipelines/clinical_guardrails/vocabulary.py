# ------------------------------------------------ generated vocabulary (do not edit)
# scripts/build_guardrail_vocabulary.py wrote this from ICD-10-CM (simple-icd-10-cm 1.5.0)
# and prompt_presets/guardrails/diagnostic_terms.yaml. Edit those, then run the script.

VOCABULARY_NAMES = """
abuse of antacid|F550
abuse of herbal or folk remedie|F551
abuse of laxative|F552
abuse of non psychoactive substance|F55
abuse of other non psychoactive substance|F558
abuse of steroid or hormone|F553
abuse of vitamin|F554
acrophobia|F40241
acute crisis reaction|F430
acute drunkenness|F1022
acute or subacute brain syndrome|F05
acute or subacute confusional state|F05
acute or subacute infective psychosis|F05
acute or subacute organic reaction|F05
acute or subacute psycho organic syndrome|F05
acute reaction to stress|F430
acute stress|F430
acute stress disorder|F430
acute stress reaction|F430
adjustment disorder|F43 F432
adjustment insomnia|F5102
adult onset fluency|F985
adult onset fluency disorder|F985
affectionless psychopathy|F942
affective personality|F340
affective personality disorder|F340
affective psychosis|F39
aggressive personality|F603
agitated depression|F32
agorafobia|F400
agoraphobia|F40
agoraphobie|F400
akute belastungsstörung|F430
alcohol abuse|F10
alcohol dependence|F10
alcohol induced anxiety|F10980
alcohol induced anxiety disorder|F10980
alcohol induced bipolar or related|F1094
alcohol induced bipolar or related disorder|F1094
alcohol induced depressive|F1094
alcohol induced depressive disorder|F1094
alcohol induced major neurocognitive|F10
alcohol induced major neurocognitive disorder|F10
alcohol induced mild neurocognitive|F10988
alcohol induced mild neurocognitive disorder|F10988
alcohol induced psychotic|F10959
alcohol induced psychotic disorder|F10959
alcohol induced sexual dysfunction|F10981
alcohol induced sleep|F10982
alcohol induced sleep disorder|F10982
alcohol related|F10
alcohol related disorder|F10
alcohol use disorder|F10
alcoholism|F102
alkoholabhängigkeit|F102
alzheimer demenz|F02 F03
amnestic disorder|F04
amoral personality|F602
amphetamine or other stimulant induced anxiety|F15980
amphetamine or other stimulant induced anxiety disorder|F15980
amphetamine or other stimulant induced bipolar or related|F1594
amphetamine or other stimulant induced bipolar or related disorder|F1594
amphetamine or other stimulant induced delirium|F15921
amphetamine or other stimulant induced depressive|F1594
amphetamine or other stimulant induced depressive disorder|F1594
amphetamine or other stimulant induced obsessive compulsive or related|F15988
amphetamine or other stimulant induced obsessive compulsive or related disorder|F15988
amphetamine or other stimulant induced psychotic|F15959
amphetamine or other stimulant induced psychotic disorder|F15959
amphetamine or other stimulant induced sexual dysfunction|F15981
amphetamine or other stimulant induced sleep|F15982
amphetamine or other stimulant induced sleep disorder|F15982
amphetamine or other stimulant use disorder|F15
amphetamine or other stimulant withdrawal|F1523
amphetamine type substance use disorder|F15
anancastic neurosis|F428
anankastic personality|F605
androphobia|F40290
angoisse de séparation|F930
anhaltende depressive störung|F341
anhaltende trauerstörung|F438
animal type phobia|F40
anorexia|F500
anorexia nerviosa|F500
anorexia nervosa|F50
anorexie mentale|F500
anpassungsstörung|F432
ansiedad de separación|F930
ansiedad por separación|F930
ansiedad social|F401
anthropophobia|F401
antisocial personality|F602
antisocial personality disorder|F602
anxiety depression|F418
anxiety disorder|F064 F41 F419
anxiety hysteria|F418
anxiety neurosis|F411
anxiety reaction|F411
anxiety state|F411
anxious personality|F606
anxious personality disorder|F606
anxiété de séparation|F930
anxiété sociale|F401
arachnophobia|F40210
arteriosclerotic dementia|F01
asocial personality|F602
asperger|F845
asperger disorder|F845
asperger syndrome|F845
asthenic personality|F607
attention deficit|F90
attention deficit disorder|F90
attention deficit hyperactivity|F90
attention deficit hyperactivity disorder|F90
attention deficit hyperactivity disorder of childhood or adolescence|F909
attention deficit syndrome|F90
atypical anorexia nervosa|F509
atypical autism|F849
atypical bulimia nervosa|F509
atypical depression|F3289
atypical schizophrenia|F203
aufmerksamkeitsdefizit hyperaktivitätsstörung|F90
autism|F840
autism spectrum|F840
autism spectrum disorder|F840
autisme|F840
autismespectrumstoornis|F840
autismo|F840
autismus|F840
autismus spektrum störung|F840
autistic|F840
autistic disorder|F840
autistic psychopathy|F845
avoidant personality|F606
avoidant personality disorder|F606
avoidant restrictive food intake|F5082
avoidant restrictive food intake disorder|F5082
backward reading|F810
battle fatigue|F43
behavioral and emotional|F98
behavioral and emotional disorder|F98
behavioral disorder|F919
behavioral syndrome associated|F59
bigorexia|F4522
binge eating|F50 F5081
binge eating disorder|F50 F5081
binge eating störung|F5081
bipolaire|F31
bipolaire stoornis|F31
bipolar|F31
bipolar 1|F31
bipolar 1 disorder|F31
bipolar 2|F3181
bipolar 2 disorder|F3181
bipolar affective|F31
bipolar affective disorder|F31
bipolar and related|F06
bipolar and related disorder|F06
bipolar bozukluk|F31
bipolar disorder|F30 F31 F318
bipolar i|F31
bipolar i disorder|F31
bipolar i disorder current or most recent episode depressed|F315
bipolar i disorder current or most recent episode manic|F312
bipolar ii|F3181
bipolar ii disorder|F3181
bipolar one|F31
bipolar one disorder|F31
bipolar two|F3181
bipolar two disorder|F3181
bipolar type 1|F31
bipolar type 2|F3181
bipolar type i|F31
bipolar type i disorder|F31
bipolare störung|F31
body dysmorphia|F4522
body dysmorphic|F4522
body dysmorphic disorder|F4522
borderline personality|F603
borderline personality disorder|F603
borderline persoonlijkheidsstoornis|F603
borderline persönlichkeitsstörung|F603
borderline schizophrenia|F21
boulimie|F502
brief psychotic|F23
brief psychotic disorder|F23
briquet disorder|F450
bulimia|F502
bulimia nerviosa|F502
bulimia nervosa|F50
bulimie|F502
caffeine induced anxiety|F15980
caffeine induced anxiety disorder|F15980
caffeine induced sleep|F15982
caffeine induced sleep disorder|F15982
caffeine intoxication|F15929
caffeine withdrawal|F1593
cannabis abuse|F12
cannabis dependence|F12
cannabis induced anxiety|F12980
cannabis induced anxiety disorder|F12980
cannabis induced psychotic|F12959
cannabis induced psychotic disorder|F12959
cannabis induced sleep|F12988
cannabis induced sleep disorder|F12988
cannabis related|F12
cannabis related disorder|F12
cannabis use disorder|F12
catatonia|F061
catatonia associated|F061
catatonic disorder|F061
catatonic schizophrenia|F202
cenesthopathic schizophrenia|F2089
character disorder|F609
character neurosis|F609
childhood disintegrative|F843
childhood disintegrative disorder|F843
childhood disorder of social functioning|F948 F949
childhood emotional|F938 F939
childhood emotional disorder|F938 F939
childhood onset fluency|F8081
childhood onset fluency disorder|F8081
choroba afektywna dwubiegunowa|F31
choroby afektywnej dwubiegunowej|F31
chronic hallucinatory psychosis|F28
chronic motor or vocal tic|F951
chronic motor or vocal tic disorder|F951
ciclotimia|F340
claustrophobia|F40240
clinical depression|F32 F33
clumsy child syndrome|F82
cluster a personality|F60
cluster b personality|F60
cluster b trait|F60
cluster c personality|F60
cluttering|F8081
cocaine abuse|F14
cocaine dependence|F14
cocaine induced anxiety|F14980
cocaine induced anxiety disorder|F14980
cocaine induced bipolar or related|F1494
cocaine induced bipolar or related disorder|F1494
cocaine induced depressive|F1494
cocaine induced depressive disorder|F1494
cocaine induced obsessive compulsive or related|F14988
cocaine induced obsessive compulsive or related disorder|F14988
cocaine induced psychotic|F14959
cocaine induced psychotic disorder|F14959
cocaine induced sexual dysfunction|F14981
cocaine induced sleep|F14982
cocaine induced sleep disorder|F14982
cocaine related|F14
cocaine related disorder|F14
cocaine use disorder|F14
combat and operational stress reaction|F430
combat fatigue|F430
combined vocal and multiple motor tic|F952
combined vocal and multiple motor tic disorder|F952
communication disorder|F809
compensation neurosis|F681
complex posttraumatic stress|F431
complex posttraumatic stress disorder|F431
complex ptsd|F431
complicated grief|F4381
complicated grief disorder|F4381
compulsive gambling|F630
compulsive personality|F605
conduct disorder|F91
conduct disorder confined to family context|F910
conversion disorder|F44 F444 F445 F446 F447
conversion hysteria|F44
conversion reaction|F44
cyclic schizophrenia|F250
cycloid personality|F340
cyclothymia|F340
cyclothymic|F340
cyclothymic disorder|F340
cyclothymic personality|F340
delayed ejaculation|F5232
delirium|F05
delirium of mixed etiology|F05
delirium superimposed on dementia|F05
delirium tremen|F10231
delusional disorder|F22
delusional dysmorphophobia|F22
demencia|F02 F03
dementia|F02 F03
dementia infantilis|F843
demenz|F02 F03
demenza|F02 F03
dependent personality|F607
dependent personality disorder|F607
depersonalization derealization disorder|F481
depersonalization derealization syndrome|F481
depresif bozukluk|F32 F33
depresif dönem|F32
depresif epizod|F32
depresión mayor|F32 F33
depressieve stoornis|F32 F33
depressive disorder|F06 F32A
depressive episode|F32
depressive neurosis|F341
depressive personality|F341
depressive personality disorder|F341
depressive reaction|F32 F33
depressive störung|F32 F33
depressiven episode|F32
depressiven störung|F32 F33
developmental acalculia|F812
developmental agnosia|F88
developmental arithmetical|F812
developmental arithmetical disorder|F812
developmental coordination|F82
developmental coordination disorder|F82
developmental disorder|F89
developmental disorder of scholastic skill|F81 F819
developmental disorder of speech and language|F80 F809
developmental dyslexia|F810
developmental dysphasia or aphasia|F80
developmental dyspraxia|F82
developmental gerstmann syndrome|F812
developmental wernicke aphasia|F802
dhat syndrome|F488
disforia de género|F64
disinhibited attachment disorder of childhood|F942
disinhibited social engagement|F942
disinhibited social engagement disorder|F942
disintegrative psychosis|F843
disorder of adult personality and behavior|F68 F69
disorder of psychological development|F88 F89
disorder of social functioning|F94
disorder of written expression|F8181
disorganized schizophrenia|F201
disruptive behavior|F919
disruptive behavior disorder|F919
disruptive disorder|F91
disruptive mood dysregulation|F3481
disruptive mood dysregulation disorder|F3481
dissocial personality|F602
dissocial personality disorder|F602
dissociative amnesia|F44
dissociative and conversion|F44 F449
dissociative and conversion disorder|F44 F449
dissociative anesthesia and sensory loss|F446
dissociative convulsion|F445
dissociative disorder|F449
dissociative fugue|F441
dissociative identity|F4481
dissociative identity disorder|F4481
dissociative motor|F444
dissociative motor disorder|F444
dissociative stupor|F442
distimia|F341
disturbo bipolare|F31
disturbo borderline di personalità|F603
disturbo d ansia generalizzata|F411
disturbo da uso di alcol|F10
disturbo dell adattamento|F432
disturbo depressivo maggiore|F32 F33
disturbo di panico|F410
disturbo ossessivo compulsivo|F42
disturbo post traumatico da stress|F431
dream anxiety|F515
dream anxiety disorder|F515
dual role transvestism|F641
dyscalculia|F812
dyslalia|F800
dyslexia|F810
dysmorphophobia|F4522
dyspareunia|F526
dysphorie de genre|F64
dysthymia|F341
dysthymic|F341
dysthymic disorder|F341
dysthymie|F341
démence|F02 F03
dépression majeure|F32 F33
eating disorder|F50
eccentric personality|F6089
eccentric personality disorder|F6089
elaboration of physical symptom for psychological reason|F681
emotional disorder|F93
emotional instabile persönlichkeitsstörung|F603
emotional sleep|F519
emotional sleep disorder|F519
emotionally unstable personality|F603
emotionally unstable personality disorder|F603
encopresis|F981
endogenous depression|F33
enuresis|F980
enuresis of nonorganic origin|F980
epileptic psychosis|F068
episod depresiv|F32
episodio depresivo|F32
episodio depressivo maggiore|F32
episodul depresiv|F32
episódio depressivo|F32
epizod depresyjny|F32
epizodu depresyjnego|F32
erectile disorder|F5221
esquizofrenia|F20
essstörung|F50
excessive masturbation|F988
excessive sexual drive|F528
excoriation disorder|F424
exhibitionism|F652
exhibitionistic disorder|F652
expansive paranoid personality|F600
explosive personality|F603
expressive language|F801
expressive language disorder|F801
factitious disorder by proxy|F68A
factitious disorder imposed on another|F68A
factitious disorder imposed on self|F68
failure of genital response|F522
fanatic personality|F600
fear of blood|F40230
fear of bridge|F40242
fear of flying|F40243
fear of injection and transfusion|F40231
fear of injury|F40233
fear of men|F40290
fear of other medical care|F40232
fear of spider|F40210
fear of thunderstorm|F40220
fear of women|F40291
feeding disorder|F509
feeding disorder of infancy and childhood|F982
feeding disorder of infancy and early childhood|F9829
feeding or eating|F509
feeding or eating disorder|F509
female orgasmic|F5231
female orgasmic disorder|F5231
female sexual arousal|F5222
female sexual arousal disorder|F5222
female sexual interest arousal|F5222
female sexual interest arousal disorder|F5222
fetishism|F650
fetishistic disorder|F650
fetishistic transvestism|F651
fobia social|F401
folie à deux|F24
frontal lobe syndrome|F070
frotteurism|F6581
frotteuristic disorder|F6581
functional encopresis|F981
functional enuresis|F980
functional neurological|F444 F445 F446 F447
functional neurological disorder|F444 F445 F446 F447
functional neurological symptom|F444 F445 F446 F447
functional neurological symptom disorder|F444 F445 F446 F447
functional speech articulation|F800
functional speech articulation disorder|F800
gambling disorder|F630
ganser syndrome|F4489
gegeneraliseerde angststoornis|F411
gender dysphoria|F64
gender dysphoria in adolescent and adult|F640
gender dysphoria in children|F642
gender identity|F64 F649
gender identity disorder|F64 F649
gender identity disorder in adolescence and adulthood|F640
gender identity disorder of childhood|F642
gender incongruence|F64 F649
gender incongruence in adolescent and adult|F640
gender incongruence of childhood|F642
gender role disorder|F649
generalisierte angststörung|F411
generalized anxiety|F411
generalized anxiety disorder|F411
genetic related intellectual disabilitie|F78A
genetic related intellectual disability|F78A9
genito pelvic pain penetration|F526
genito pelvic pain penetration disorder|F526
geschlechtsdysphorie|F64
geschlechtsinkongruenz|F64
global developmental delay|F88
grief reaction|F432
gynephobia|F40291
hair plucking|F633
hair pulling disorder|F633
hallucinogen abuse|F16
hallucinogen dependence|F16
hallucinogen induced anxiety|F16980
hallucinogen induced anxiety disorder|F16980
hallucinogen induced bipolar or related|F1694
hallucinogen induced bipolar or related disorder|F1694
hallucinogen induced depressive|F1694
hallucinogen induced depressive disorder|F1694
hallucinogen induced psychotic|F16959
hallucinogen induced psychotic disorder|F16959
hallucinogen intoxication delirium|F16921
hallucinogen related|F16
hallucinogen related disorder|F16
hallucinogen use disorder|F16
haltlose type personality|F6089
haltlose type personality disorder|F6089
health anxiety|F4521
health anxiety disorder|F4521
hebephrenia|F201
hebephrenic schizophrenia|F201
heller syndrome|F843
histrionic personality|F604
histrionic personality disorder|F604
hoarding disorder|F423
hospital hopper syndrome|F681
hospitalism in children|F432
hyperorexia nervosa|F502
hyperphagie boulimique|F5081
hypersomnolence disorder|F5111
hypoactive sexual desire|F520
hypoactive sexual desire disorder|F520
hypochondriacal disorder|F45 F4520
hypochondriacal neurosis|F4521
hypochondriasis|F4521
hypomania|F308
hysteria|F44
hysterical personality|F604
hysterical psychosis|F44
identity disorder|F938
idiopathic insomnia|F5101
illness anxiety|F4521
illness anxiety disorder|F4521
immature personality|F6089
immature personality disorder|F6089
impulse control|F639
impulse control disorder|F639
impulse disorder|F63 F639
inadequate personality|F607
incongruence de genre|F64
incongruencia de género|F64
incontinence of fece of nonorganic origin|F981
induced paranoid|F24
induced paranoid disorder|F24
induced psychotic|F24
induced psychotic disorder|F24
infantile autism|F840
infantile psychosis|F840
inhalant abuse|F18
inhalant dependence|F18
inhalant induced depressive|F1894
inhalant induced depressive disorder|F1894
inhalant induced major neurocognitive|F1897
inhalant induced major neurocognitive disorder|F1897
inhalant induced mild neurocognitive|F18988
inhalant induced mild neurocognitive disorder|F18988
inhalant related|F18
inhalant related disorder|F18
inhalant use disorder|F18
inhibited orgasm|F523
insomnia disorder|F5101
institutional syndrome|F942
insufficient sleep syndrome|F5112
intellectual developmental|F7
intellectual developmental disorder|F7
intellectual disabilitie|F70 F71 F72 F78 F79
intellectual disability|F7
intermittent explosive|F6381
intermittent explosive disorder|F6381
involuntary emotional expression|F482
involuntary emotional expression disorder|F482
involutional paranoid state|F22
iq 20 25 to 35 40|F72
iq level 35 40 to 50 55|F71
iq level 50 55 to approximately 70|F70
iq level below 20 25|F73
kanner syndrome|F840
kleptomania|F632
knowledge acquisition disability|F819
korsakov psychosis or syndrome|F04
lack or loss of sexual desire|F520
language disorder|F809
latent schizophrenia|F21
latent schizophrenic reaction|F21
learning disability|F81 F819
learning disorder|F819
limbic epilepsy personality syndrome|F070
lobotomy syndrome|F070
magersucht|F500
major depression|F32 F33
major depressive|F32 F33
major depressive disorder|F32 F33
major neurocognitive|F01 F02 F03
major neurocognitive disorder|F01 F02 F03
male erectile|F5221
male erectile disorder|F5221
male hypoactive sexual desire|F520
male hypoactive sexual desire disorder|F520
male orgasmic|F5232
male orgasmic disorder|F5232
manic depression|F31 F319
manic depressive illness|F31
manic depressive psychosis|F31
manic depressive reaction|F31
manic episode|F30 F308
manic episode in full remission|F304
manic episode in partial remission|F303
manic stupor|F302
masked depression|F3289
mathematic disorder|F812
mental and behavioral disorder associated|F53
mental deficiency|F79
mental disorder|F06
mental subnormality|F70 F71 F72 F79
mild cognitive impairment|F067
mild neurocognitive|F067
mild neurocognitive disorder|F067
mixed affective episode|F30
mixed anxiety|F413
mixed anxiety and depressive|F418
mixed anxiety and depressive disorder|F418
mixed anxiety disorder|F413
mixed obsessional thought and acts|F422
mixed receptive expressive language|F802
mixed receptive expressive language disorder|F802
monopolar depression|F339
mood disorder|F06 F39
multi infarct dementia|F01
multiple personality|F4481
multiple personality disorder|F4481
multiple psychosomatic|F450
multiple psychosomatic disorder|F450
muscle dysmorphia|F4522
münchausen by proxy|F68A
münchausen syndrome|F681
nail biting|F988
narcissistic personality|F6081
narcissistic personality disorder|F6081
natural environment type phobia|F40
necrophilia|F6589
neurasthenia|F488
neurocognitive disorder|F06
neurocognitive impairment|F067
neurodevelopmental disorder|F88 F89
neurosis|F489
neurotic depression|F341
nicotine dependence|F17
nicotine dependence unspecified|F17203
nightmare disorder|F515
non rapid eye movement sleep arousal|F51
non rapid eye movement sleep arousal disorder|F51
nonpsychotic mental|F48 F489
nonpsychotic mental disorder|F48 F489
nose picking|F988
nosophobia|F4522
nymphomania|F528
obsesif kompulsif bozukluk|F42
obsessieve compulsieve stoornis|F42
obsessional personality|F605
obsessive compulsive and related|F068
obsessive compulsive and related disorder|F068
obsessive compulsive disorder|F42
obsessive compulsive neurosis|F428
obsessive compulsive personality|F605
obsessive compulsive personality disorder|F605
occupational neurosis|F488
on the autism spectrum|F840
on the spectrum|F840
opioid abuse|F11
opioid associated amnestic syndrome|F11
opioid dependence|F11
opioid induced anxiety|F11988
opioid induced anxiety disorder|F11988
opioid induced delirium|F11921
opioid induced depressive|F1194
opioid induced depressive disorder|F1194
opioid induced sexual dysfunction|F11981
opioid induced sleep|F11982
opioid induced sleep disorder|F11982
opioid related|F11
opioid related disorder|F11
opioid use disorder|F11
oppositional defiant|F913
oppositional defiant disorder|F913
or unknown substance induced psychotic|F19959
or unknown substance induced psychotic disorder|F19959
or unspecified stimulant use disorder|F15
organic brain syndrome|F09
organic dissociative|F068
organic dissociative disorder|F068
organic emotionally labile|F068
organic emotionally labile disorder|F068
organic hallucinatory state|F060
organic mental|F09
organic mental disorder|F09
organic personality|F070
organic personality disorder|F070
organic pseudopsychopathic personality|F070
organic pseudoretarded personality|F070
organic psychosis|F09
organic psychosyndrome|F079
orgasmic disorder|F523
other specified feeding or eating|F5089
other specified feeding or eating disorder|F5089
overactive disorder associated|F848
overanxious disorder|F411
pain disorder|F4542
pain disorder exclusively related to psychological factor|F4541
pain disorder related to psychological factor|F454
panic disorder|F4001 F410
panic state|F410
paniekstoornis|F410
panikstörung|F410
paradoxical insomnia|F5103
paranoia|F22
paranoia querulan|F22
paranoid and paranoid hallucinatory organic state|F062
paranoid personality|F600
paranoid personality disorder|F600
paranoid psychosis|F22
paranoid reaction|F23
paranoid schizophrenia|F200
paranoid state|F22
paraphilia|F65 F659
paraphilic disorder|F65
paraphrenia|F22
paraphrenic schizophrenia|F200
passive aggressive personality|F6089
passive aggressive personality disorder|F6089
passive personality|F607
pathological fire setting|F631
pathological gambling|F630
pathological personality|F609
pathological stealing|F632
pedophilia|F654
pedophilic disorder|F654
peregrinating patient|F681
perinatal depression|F530
peripartum depression|F530
persistent anxiety depression|F341
persistent complex bereavement|F4381
persistent complex bereavement disorder|F4381
persistent depressive|F341
persistent depressive disorder|F341
persistent mood|F34 F349
persistent mood disorder|F34 F349
persistent motor or vocal tic|F951
persistent motor or vocal tic disorder|F951
personality and behavioral|F07 F079
personality and behavioral disorder|F07 F079
personality change|F070
personality disorder|F60 F609
perturbação de ansiedade generalizada|F411
perturbação de stress pós traumático|F431
perturbação depressiva major|F32 F33
pervasive developmental|F84 F849
pervasive developmental disorder|F84 F849
phencyclidine induced anxiety|F16980
phencyclidine induced anxiety disorder|F16980
phencyclidine induced bipolar or related|F1694
phencyclidine induced bipolar or related disorder|F1694
phencyclidine induced depressive|F1694
phencyclidine induced depressive disorder|F1694
phencyclidine induced psychotic|F16959
phencyclidine induced psychotic disorder|F16959
phencyclidine use disorder|F16
phobic anxiety|F40 F409
phobic anxiety disorder|F40 F409
phobic anxiety disorder of childhood|F408
phobic state|F409
phobie sociale|F401
phonological developmental|F800
phonological developmental disorder|F800
phonological disorder|F800
pica in adult|F5083
pica in infancy or childhood|F983
pica of infancy and childhood|F983
post schizophrenic depression|F3289
post traumatic brain syndrome|F0781
post traumatic stress|F43
post traumatic stress disorder|F43
postconcussional syndrome|F0781
postcontusional syndrome|F0781
postencephalitic syndrome|F0789
postleucotomy syndrome|F070
postnatal depression|F530
postpartum depression|F530
postpartum psychosis|F531
posttraumatic stress|F431
posttraumatic stress disorder|F431
posttraumatische belastungsstörung|F431
posttraumatische stressstoornis|F431
premature ejaculation|F524
premenstrual dysphoric|F3281
premenstrual dysphoric disorder|F3281
prepsychotic schizophrenia|F21
presenile dementia|F03
presenile psychosis|F03
primary degenerative dementia|F03
primary hypersomnia|F5111
primary insomnia|F5101
prodromal schizophrenia|F21
profound intellectual disabilitie|F73
profound mental subnormality|F73
prolonged grief|F4381
prolonged grief disorder|F4381
provisional tic|F950
provisional tic disorder|F950
pseudobulbar affect|F482
pseudoneurotic schizophrenia|F21
pseudopsychopathic schizophrenia|F21
psychasthenia|F488
psychasthenic neurosis|F488
psychic shock|F430
psychoactive substance abuse|F19
psychoactive substance dependence|F19
psychoactive substance related|F19
psychoactive substance related disorder|F19
psychogenic anorgasmy|F523
psychogenic aphonia|F444
psychogenic confusion|F4489
psychogenic deafness|F446
psychogenic depression|F32 F33
psychogenic depressive psychosis|F323
psychogenic dysmenorrhea|F458
psychogenic dyspareunia|F526
psychogenic dysphagia|F458
psychogenic dysphonia|F444
psychogenic encopresis|F981
psychogenic enuresis|F980
psychogenic impotence|F5221
psychogenic loss of appetite|F5089
psychogenic non epileptic seizure|F445
psychogenic paranoid psychosis|F23
psychogenic physiological dysfunction|F59
psychogenic pruritus|F458
psychogenic syncope|F488
psychogenic torticollis|F458
psychogenic twilight state|F4489
psychogenic vaginismus|F525
psychoinfantile personality|F604
psychological and behavioral factor associated|F54
psychological factor affecting physical condition|F54
psychoneurotic personality|F6089
psychoneurotic personality disorder|F6089
psychopathic personality|F602
psychopathy|F602
psychophysiologic insomnia|F5104
psychosomatic disorder|F459
psychotic depression|F323
psychotic disorder|F06 F28
puerperal psychosis|F531
pyromania|F631
querulant personality|F600
reaction to severe stress|F43 F439
reaction to severe stress and adjustment|F43
reaction to severe stress and adjustment disorder|F43
reactive attachment|F941
reactive attachment disorder|F941
reactive attachment disorder of childhood|F941
reactive depression|F32 F33
reactive depressive psychosis|F323
recurrent brief depressive episode|F338
recurrent depressive|F33 F338
recurrent depressive disorder|F33 F338
recurrent manic episode|F3189
recurrent severe episode of major depression|F333
recurrent severe episode of psychogenic depressive psychosis|F333
recurrent severe episode of psychotic depression|F333
recurrent severe episode of reactive depressive psychosis|F333
residual schizophrenia|F205
restzustand|F205
rett syndrome|F842
rezidivierende depressive störung|F33
right hemispheric organic affective|F0789
right hemispheric organic affective disorder|F0789
rumination disorder|F5084 F9821
rumination disorder in adult|F5084
rumination disorder in infancy or childhood|F9821
rumination disorder of infancy and childhood|F9821
rối loạn lo âu lan tỏa|F411
rối loạn stress sau sang chấn|F431
sadomasochism|F65
satyriasis|F528
schizoaffective|F25
schizoaffective disorder|F25
schizoaffective psychosis|F25
schizoid disorder of childhood|F845
schizoid personality|F601
schizoid personality disorder|F601
schizophrenia|F20
schizophrenia like psychosis in epilepsy|F062
schizophrenia spectrum and other psychotic|F28 F29
schizophrenia spectrum and other psychotic disorder|F28 F29
schizophrenic|F20
schizophrenic catalepsy|F202
schizophrenic catatonia|F202
schizophrenic flexibilita cerea|F202
schizophrenic residual state|F205
schizophrenie|F20
schizophreniform|F2081
schizophreniform disorder|F2081
schizophreniform psychosis|F2081
schizophrénie|F20
schizotypal disorder|F21
schizotypal personality|F21
schizotypal personality disorder|F21
seasonal affective|F33
seasonal affective disorder|F33
seasonal bipolar|F31
seasonal bipolar disorder|F31
seasonal depressive|F33
seasonal depressive disorder|F33
sedative hypnotic or anxiolytic abuse|F13
sedative hypnotic or anxiolytic dependence|F13
sedative hypnotic or anxiolytic induced anxiety|F13980
sedative hypnotic or anxiolytic induced anxiety disorder|F13980
sedative hypnotic or anxiolytic induced bipolar or related|F1394
sedative hypnotic or anxiolytic induced bipolar or related disorder|F1394
sedative hypnotic or anxiolytic induced delirium|F13921
sedative hypnotic or anxiolytic induced depressive|F1394
sedative hypnotic or anxiolytic induced depressive disorder|F1394
sedative hypnotic or anxiolytic induced major neurocognitive|F1397
sedative hypnotic or anxiolytic induced major neurocognitive disorder|F1397
sedative hypnotic or anxiolytic induced mild neurocognitive|F13988
sedative hypnotic or anxiolytic induced mild neurocognitive disorder|F13988
sedative hypnotic or anxiolytic induced psychotic|F13959
sedative hypnotic or anxiolytic induced psychotic disorder|F13959
sedative hypnotic or anxiolytic induced sexual dysfunction|F13981
sedative hypnotic or anxiolytic induced sexual dysfunction disorder|F13981
sedative hypnotic or anxiolytic induced sleep|F13982
sedative hypnotic or anxiolytic induced sleep disorder|F13982
sedative hypnotic or anxiolytic related|F13
sedative hypnotic or anxiolytic related abuse|F131
sedative hypnotic or anxiolytic related dependence|F132
sedative hypnotic or anxiolytic related disorder|F13
sedative hypnotic or anxiolytic use disorder|F13
sedative hypnotic or anxiolytic withdrawal|F13
selective mutism|F940
self defeating personality|F6089
self defeating personality disorder|F6089
senile dementia|F03
senile dementia depressed or paranoid type|F03
senile psychosis|F03
sensitive paranoid personality|F600
sensitiver beziehungswahn|F22
separation anxiety|F930
separation anxiety disorder|F930
separation anxiety disorder of childhood|F930
sexual anhedonia|F520
sexual arousal|F522
sexual arousal disorder|F522
sexual aversion|F521
sexual aversion and lack of sexual enjoyment|F521
sexual aversion disorder|F521
sexual deviation|F659
sexual disorder|F66
sexual dysfunction|F52
sexual masochism|F6551
sexual masochism disorder|F6551
sexual maturation|F66
sexual maturation disorder|F66
sexual relationship disorder|F66
sexual sadism|F6552
sexual sadism disorder|F6552
shared psychotic|F24
shared psychotic disorder|F24
shell shock|F43
simple schizophrenia|F2089
situational type phobia|F40
skin picking disorder|F424
sleep disorder|F51 F519
sleep terror|F514
social anxiety|F401
social anxiety disorder|F401
social anxiety disorder of childhood|F401
social neurosis|F401
social phobia|F40 F401
social pragmatic communication|F8082
social pragmatic communication disorder|F8082
socialized conduct|F912
socialized conduct disorder|F912
sociopathic personality|F602
sociopathy|F602
somatic symptom|F451
somatic symptom disorder|F451
somatization disorder|F450
somatoform autonomic dysfunction|F458
somatoform disorder|F45 F459
somatoform pain|F4541
somatoform pain disorder|F4541
sosyal anksiyete bozukluğu|F401
soziale angststörung|F401
sozialphobie|F401
specific developmental disorder of motor function|F82
specific developmental disorder of scholastic skill|F81
specific developmental disorder of speech and language|F80
specific learning disorder|F81
specific personality disorder|F60
specific phobia|F402
specific reading disorder|F810
specific reading retardation|F810
specific spelling disorder|F8181
speech and language development delay|F804
speech articulation developmental|F800
speech articulation developmental disorder|F800
speech sound disorder|F800
stereotype habit disorder|F984
stereotyped movement|F984
stereotyped movement disorder|F984
stimulant abuse|F15
stimulant dependence|F15
stimulant related|F15
stimulant related disorder|F15
stimulant use disorder|F14 F15
störung mit trennungsangst|F930
substance induced anxiety|F19980
substance induced anxiety disorder|F19980
substance induced bipolar or related|F1994
substance induced bipolar or related disorder|F1994
substance induced delirium|F19921
substance induced depressive|F1994
substance induced depressive disorder|F1994
substance induced major neurocognitive|F1997
substance induced major neurocognitive disorder|F1997
substance induced mild neurocognitive|F19988
substance induced mild neurocognitive disorder|F19988
substance induced obsessive compulsive or related|F19988
substance induced obsessive compulsive or related disorder|F19988
substance induced sexual dysfunction|F19981
substance induced sleep|F19982
substance induced sleep disorder|F19982
substance use disorder|F1 F19
sundowning|F05
symbiotic psychosis|F843
symptomatic psychosis|F09
syngap1 related intellectual disability|F78A1
teeth grinding|F458
tekrarlayan depresif bozukluk|F33
thumb sucking|F988
tic disorder|F95 F958
tobacco use disorder|F17
tobacco withdrawal|F17203
tourette|F952
tourette disorder|F952
tourette syndrome|F952
trance and possession|F4489
trance and possession disorder|F4489
transient tic|F950
transient tic disorder|F950
transsexualism|F640
transtorno afetivo bipolar|F31
transtorno bipolar|F31
transtorno de adaptação|F432
transtorno de ansiedade generalizada|F411
transtorno de estresse pós traumático|F431
transtorno de personalidade borderline|F603
transtorno de pânico|F410
transtorno depressivo maior|F32 F33
transtorno obsessivo compulsivo|F42
transtorno por uso de álcool|F10
transvestic disorder|F651
transvestic fetishism|F651
trastorno adaptativo|F432
trastorno bipolar|F31
trastorno ciclotímico|F340
trastorno de adaptación|F432
trastorno de ansiedad generalizada|F411
trastorno de ansiedad por separación|F930
trastorno de ansiedad social|F401
trastorno de duelo prolongado|F438
trastorno de estré agudo|F430
trastorno de estré postraumático|F431
trastorno de insomnio|F5101
trastorno de la conducta alimentaria|F50
trastorno de pánico|F410
trastorno del espectro autista|F840
trastorno depresivo mayor|F32 F33
trastorno depresivo persistente|F341
trastorno límite de la personalidad|F603
trastorno obsesivo compulsivo|F42
trastorno por atracón|F5081
trastorno por consumo de alcohol|F10
trastorno por déficit de atención|F90
trauma and stressor related|F43
trauma and stressor related disorder|F43
traumatic neurosis|F431
travma sonrası stre bozukluğu|F431
trennungsangst|F930
trichotillomania|F633
trouble anxieux généralisé|F411
trouble anxiété de séparation|F930
trouble bipolaire|F31
trouble cyclothymique|F340
trouble d anxiété généralisée|F411
trouble d anxiété sociale|F401
trouble d insomnie|F5101
trouble de l adaptation|F432
trouble de l usage de l alcool|F10
trouble de la personnalité borderline|F603
trouble de la personnalité limite|F603
trouble de stress aigu|F430
trouble de stress post traumatique|F431
trouble des conduite alimentaire|F50
trouble du comportement alimentaire|F50
trouble du deuil prolongé|F438
trouble du déficit de l attention|F90
trouble du spectre de l autisme|F840
trouble dépressif caractérisé|F32 F33
trouble dépressif majeur|F32 F33
trouble dépressif persistant|F341
trouble lié à l usage de l alcool|F10
trouble obsessionnel compulsif|F42
trouble panique|F410
trouble stress post traumatique|F431
undifferentiated psychosomatic|F451
undifferentiated psychosomatic disorder|F451
undifferentiated schizophrenia|F203
undifferentiated somatoform|F451
undifferentiated somatoform disorder|F451
unsocialized aggressive|F911
unsocialized aggressive disorder|F911
unsocialized conduct|F911
unsocialized conduct disorder|F911
urinary incontinence of nonorganic origin|F980
vaginismus|F525
vascular dementia|F01
vascular dementia as a result of infarction of the brain|F01
verstandelijke beperking|F70 F71 F72 F73 F78 F79
vital depression|F32 F33
voyeurism|F653
voyeuristic disorder|F653
war neurosis|F43
yaygın anksiyete bozukluğu|F411
zespołu stresu pourazowego|F431
zespół stresu pourazowego|F431
zwangsstörung|F42
épisode dépressif|F32
état de stress post traumatique|F431
הפרעה דו קוטבית|F31
הפרעת הסתגלות|F432
הפרעת פאניקה|F410
חרדה חברתית|F401
סכיזופרניה|F20
اضطراب ما بعد الصدمة|F431
الفصام|F20
القلق الاجتماعي|F401
الوسواس القهري|F42
ثنائي القطب|F31
うつ病|F32 F33
パニック障害|F410
全般性不安障害|F411
创伤后应激障碍|F431
双極性障害|F31
双極症|F31
双相情感障碍|F31
境界性パーソナリティ障害|F603
广泛性焦虑障碍|F411
強迫性障害|F42
强迫症|F42
心的外傷後ストレス障害|F431
惊恐障碍|F410
抑郁症|F32 F33
抑鬱症|F32 F33
注意欠如多動症|F90
注意缺陷多动障碍|F90
社交不安症|F401
社交不安障害|F401
社交焦虑障碍|F401
精神分裂症|F20
統合失調症|F20
自閉スペクトラム症|F840
自闭症|F840
边缘型人格障碍|F603
适应障碍|F432
適応障害|F432
강박장애|F42
공황장애|F410
범불안장애|F411
사회불안장애|F401
양극성 장애|F31
양극성장애|F31
외상후스트레스장애|F431
우울증|F32 F33
자폐스펙트럼장애|F840
적응장애|F432
조현병|F20
주의력결핍과잉행동장애|F90
"""
VOCABULARY_ABBREVIATIONS = """
ADD|F90
ADHD|F90
ADHS|F90
ARFID|F5082
ASC|F840
ASD|F840 F430
ASPD|F602
AUD|F10
AvPD|F606
BD-I|F31
BD-II|F3181
BDD|F4522
BED|F5081
BP-I|F31
BP-II|F3181
BPAD|F31
BPD|F603 F31
BPI|F31
BPII|F3181
C-PTSD|F431
CPTSD|F431
CUD|F12
DID|F4481
DMDD|F3481
DPD|F607 F481
DPDR|F481
DSED|F942
DTs|F10231
ED-NOS|F509
EDNOS|F509
ESPT|F431
EUPD|F603
FND|F444 F445 F446 F447
GAD|F411
HPD|F604
IAD|F4521
IED|F6381
MDD|F32 F33
MDE|F32 F33
NCD|F01 F02 F03 F067
NPD|F6081
OCD|F42
OCPD|F605
ODD|F913
OSDD|F4489
OSFED|F5089
OUD|F11
PD-NOS|F609
PDD|F341 F84
PDD-NOS|F849
PGD|F4381
PMDD|F3281
PND|F530
PPD|F530 F600
PTBS|F431
PTSD|F431
RAD|F941
SAD|F401 F33
SLD|F81
SSD|F451
STPD|F21
SUD|F1
TAG|F411
TCA|F50
TDAH|F90
TDM|F32 F33
TEA|F840
TEPT|F431
TLP|F603
TOC|F42
TRD|F32 F33
TSA|F840
TSPT|F431
TTM|F633
UFED|F509
cPTSD|F431
"""
# Recorded by a clinician, English words in a draft ("AN"): read in the clinician's notes only.
VOCABULARY_CLINICIAN_ABBREVIATIONS = """
AN|F500
AN-BP|F500
AN-R|F500
BN|F502
ID|F7
"""
VOCABULARY_CODES = """
F01 F015 F0150 F0151 F01511 F01518 F0152 F0153 F0154 F01A F01A0 F01A1 F01A11 F01A18 F01A2 F01A3
F01A4 F01B F01B0 F01B1 F01B11 F01B18 F01B2 F01B3 F01B4 F01C F01C0 F01C1 F01C11 F01C18 F01C2 F01C3
F01C4 F02 F028 F0280 F0281 F02811 F02818 F0282 F0283 F0284 F02A F02A0 F02A1 F02A11 F02A18 F02A2
F02A3 F02A4 F02B F02B0 F02B1 F02B11 F02B18 F02B2 F02B3 F02B4 F02C F02C0 F02C1 F02C11 F02C18 F02C2
F02C3 F02C4 F03 F039 F0390 F0391 F03911 F03918 F0392 F0393 F0394 F03A F03A0 F03A1 F03A11 F03A18
F03A2 F03A3 F03A4 F03B F03B0 F03B1 F03B11 F03B18 F03B2 F03B3 F03B4 F03C F03C0 F03C1 F03C11 F03C18
F03C2 F03C3 F03C4 F04 F05 F06 F060 F061 F062 F063 F0630 F0631 F0632 F0633 F0634 F064
F067 F0670 F0671 F068 F07 F070 F078 F0781 F0789 F079 F09 F10 F101 F1010 F1011 F1012
F10120 F10121 F10129 F1013 F10130 F10131 F10132 F10139 F1014 F1015 F10150 F10151 F10159 F1018 F10180 F10181
F10182 F10188 F1019 F102 F1020 F1021 F1022 F10220 F10221 F10229 F1023 F10230 F10231 F10232 F10239 F1024
F1025 F10250 F10251 F10259 F1026 F1027 F1028 F10280 F10281 F10282 F10288 F1029 F109 F1090 F1091 F1092
F10920 F10921 F10929 F1093 F10930 F10931 F10932 F10939 F1094 F1095 F10950 F10951 F10959 F1096 F1097 F1098
F10980 F10981 F10982 F10988 F1099 F11 F111 F1110 F1111 F1112 F11120 F11121 F11122 F11129 F1113 F1114
F1115 F11150 F11151 F11159 F1118 F11181 F11182 F11188 F1119 F112 F1120 F1121 F1122 F11220 F11221 F11222
F11229 F1123 F1124 F1125 F11250 F11251 F11259 F1128 F11281 F11282 F11288 F1129 F119 F1190 F1191 F1192
F11920 F11921 F11922 F11929 F1193 F1194 F1195 F11950 F11951 F11959 F1198 F11981 F11982 F11988 F1199 F12
F121 F1210 F1211 F1212 F12120 F12121 F12122 F12129 F1213 F1215 F12150 F12151 F12159 F1218 F12180 F12188
F1219 F122 F1220 F1221 F1222 F12220 F12221 F12222 F12229 F1223 F1225 F12250 F12251 F12259 F1228 F12280
F12288 F1229 F129 F1290 F1291 F1292 F12920 F12921 F12922 F12929 F1293 F1295 F12950 F12951 F12959 F1298
F12980 F12988 F1299 F13 F131 F1310 F1311 F1312 F13120 F13121 F13129 F1313 F13130 F13131 F13132 F13139
F1314 F1315 F13150 F13151 F13159 F1318 F13180 F13181 F13182 F13188 F1319 F132 F1320 F1321 F1322 F13220
F13221 F13229 F1323 F13230 F13231 F13232 F13239 F1324 F1325 F13250 F13251 F13259 F1326 F1327 F1328 F13280
F13281 F13282 F13288 F1329 F139 F1390 F1391 F1392 F13920 F13921 F13929 F1393 F13930 F13931 F13932 F13939
F1394 F1395 F13950 F13951 F13959 F1396 F1397 F1398 F13980 F13981 F13982 F13988 F1399 F14 F141 F1410
F1411 F1412 F14120 F14121 F14122 F14129 F1413 F1414 F1415 F14150 F14151 F14159 F1418 F14180 F14181 F14182
F14188 F1419 F142 F1420 F1421 F1422 F14220 F14221 F14222 F14229 F1423 F1424 F1425 F14250 F14251 F14259
F1428 F14280 F14281 F14282 F14288 F1429 F149 F1490 F1491 F1492 F14920 F14921 F14922 F14929 F1493 F1494
F1495 F14950 F14951 F14959 F1498 F14980 F14981 F14982 F14988 F1499 F15 F151 F1510 F1511 F1512 F15120
F15121 F15122 F15129 F1513 F1514 F1515 F15150 F15151 F15159 F1518 F15180 F15181 F15182 F15188 F1519 F152
F1520 F1521 F1522 F15220 F15221 F15222 F15229 F1523 F1524 F1525 F15250 F15251 F15259 F1528 F15280 F15281
F15282 F15288 F1529 F159 F1590 F1591 F1592 F15920 F15921 F15922 F15929 F1593 F1594 F1595 F15950 F15951
F15959 F1598 F15980 F15981 F15982 F15988 F1599 F16 F161 F1610 F1611 F1612 F16120 F16121 F16122 F16129
F1614 F1615 F16150 F16151 F16159 F1618 F16180 F16183 F16188 F1619 F162 F1620 F1621 F1622 F16220 F16221
F16229 F1624 F1625 F16250 F16251 F16259 F1628 F16280 F16283 F16288 F1629 F169 F1690 F1691 F1692 F16920
F16921 F16929 F1694 F1695 F16950 F16951 F16959 F1698 F16980 F16983 F16988 F1699 F17 F172 F1720 F17200
F17201 F17203 F17208 F17209 F1721 F17210 F17211 F17213 F17218 F17219 F1722 F17220 F17221 F17223 F17228 F17229
F1729 F17290 F17291 F17293 F17298 F17299 F18 F181 F1810 F1811 F1812 F18120 F18121 F18129 F1814 F1815
F18150 F18151 F18159 F1817 F1818 F18180 F18188 F1819 F182 F1820 F1821 F1822 F18220 F18221 F18229 F1824
F1825 F18250 F18251 F18259 F1827 F1828 F18280 F18288 F1829 F189 F1890 F1891 F1892 F18920 F18921 F18929
F1894 F1895 F18950 F18951 F18959 F1897 F1898 F18980 F18988 F1899 F19 F191 F1910 F1911 F1912 F19120
F19121 F19122 F19129 F1913 F19130 F19131 F19132 F19139 F1914 F1915 F19150 F19151 F19159 F1916 F1917 F1918
F19180 F19181 F19182 F19188 F1919 F192 F1920 F1921 F1922 F19220 F19221 F19222 F19229 F1923 F19230 F19231
F19232 F19239 F1924 F1925 F19250 F19251 F19259 F1926 F1927 F1928 F19280 F19281 F19282 F19288 F1929 F199
F1990 F1991 F1992 F19920 F19921 F19922 F19929 F1993 F19930 F19931 F19932 F19939 F1994 F1995 F19950 F19951
F19959 F1996 F1997 F1998 F19980 F19981 F19982 F19988 F1999 F20 F200 F201 F202 F203 F205 F208
F2081 F2089 F209 F21 F22 F23 F24 F25 F250 F251 F258 F259 F28 F29 F30 F301
F3010 F3011 F3012 F3013 F302 F303 F304 F308 F309 F31 F310 F311 F3110 F3111 F3112 F3113
F312 F313 F3130 F3131 F3132 F314 F315 F316 F3160 F3161 F3162 F3163 F3164 F317 F3170 F3171
F3172 F3173 F3174 F3175 F3176 F3177 F3178 F318 F3181 F3189 F319 F32 F320 F321 F322 F323
F324 F325 F328 F3281 F3289 F329 F32A F33 F330 F331 F332 F333 F334 F3340 F3341 F3342
F338 F339 F34 F340 F341 F348 F3481 F3489 F349 F39 F40 F400 F4000 F4001 F4002 F401
F4010 F4011 F402 F4021 F40210 F40218 F4022 F40220 F40228 F4023 F40230 F40231 F40232 F40233 F4024 F40240
F40241 F40242 F40243 F40248 F4029 F40290 F40291 F40298 F408 F409 F41 F410 F411 F413 F418 F419
F42 F422 F423 F424 F428 F429 F43 F430 F431 F4310 F4311 F4312 F432 F4320 F4321 F4322
F4323 F4324 F4325 F4329 F438 F4381 F4389 F439 F44 F440 F441 F442 F444 F445 F446 F447
F448 F4481 F4489 F449 F45 F450 F451 F452 F4520 F4521 F4522 F4529 F454 F4541 F4542 F458
F459 F48 F481 F482 F488 F489 F50 F500 F5000 F5001 F50010 F50011 F50012 F50013 F50014 F50019
F5002 F50020 F50021 F50022 F50023 F50024 F50029 F502 F5020 F5021 F5022 F5023 F5024 F5025 F508 F5081
F50810 F50811 F50812 F50813 F50814 F50819 F5082 F5083 F5084 F5089 F509 F51 F510 F5101 F5102 F5103
F5104 F5105 F5109 F511 F5111 F5112 F5113 F5119 F513 F514 F515 F518 F519 F52 F520 F521
F522 F5221 F5222 F523 F5231 F5232 F524 F525 F526 F528 F529 F53 F530 F531 F54 F55
F550 F551 F552 F553 F554 F558 F59 F60 F600 F601 F602 F603 F604 F605 F606 F607
F608 F6081 F6089 F609 F63 F630 F631 F632 F633 F638 F6381 F6389 F639 F64 F640 F641
F642 F648 F649 F65 F650 F651 F652 F653 F654 F655 F6550 F6551 F6552 F658 F6581 F6589
F659 F66 F68 F681 F6810 F6811 F6812 F6813 F688 F68A F69 F70 F71 F72 F73 F78
F78A F78A1 F78A9 F79 F80 F800 F801 F802 F804 F808 F8081 F8082 F8089 F809 F81 F810
F812 F818 F8181 F8189 F819 F82 F84 F840 F842 F843 F845 F848 F849 F88 F89 F90
F900 F901 F902 F908 F909 F91 F910 F911 F912 F913 F918 F919 F93 F930 F938 F939
F94 F940 F941 F942 F948 F949 F95 F950 F951 F952 F958 F959 F98 F980 F981 F982
F9821 F9829 F983 F984 F985 F988 F989
"""
# Disorders' names less "disorder" that end in an everyday word: a symptom as much as a diagnosis.
VOCABULARY_SYMPTOM_NAMES = "acute stress|alcohol induced anxiety|amphetamine or other stimulant induced anxiety|caffeine induced anxiety|cannabis induced anxiety|chronic motor or vocal tic|cocaine induced anxiety|combined vocal and multiple motor tic|complex posttraumatic stress|complicated grief|dream anxiety|generalized anxiety|hallucinogen induced anxiety|health anxiety|illness anxiety|mixed anxiety|opioid induced anxiety|persistent motor or vocal tic|phencyclidine induced anxiety|phobic anxiety|post traumatic stress|posttraumatic stress|prolonged grief|provisional tic|sedative hypnotic or anxiolytic induced anxiety|separation anxiety|social anxiety|socialized conduct|substance induced anxiety|transient tic|unsocialized conduct"
# Abbreviations a clinician may write in lower case: not English words (wamerican-small) in lower case.
VOCABULARY_LOWERCASE_ABBREVIATIONS = "adhd adhs arfid asc asd aspd aud bd-i bd-ii bdd bp-i bp-ii bpad bpd bpi bpii c-ptsd cptsd cud dmdd dpd dpdr dsed ed-nos ednos espt eupd fnd gad hpd iad ied mdd mde ncd npd ocd ocpd osdd osfed oud pd-nos pdd pdd-nos pgd pmdd pnd ppd ptbs ptsd rad sld ssd stpd sud tca tdah tdm tept tlp toc trd tsa tspt ttm ufed"
VOCABULARY_DISORDER_WORDS_AFTER = "trastorno trastorno trouble trouble disturbo disturbi transtorno transtorno perturbação perturbaçõe zaburzenie zaburzenia zaburzeń tulburare tulburarea tulburări"
VOCABULARY_DISORDER_SUFFIXES = "störung störungen stoornis stoornissen"
VOCABULARY_SYMPTOM_COMPOUNDS = "schlafstörung schlafstörungen einschlafstörung einschlafstörungen durchschlafstörung durchschlafstörungen konzentrationsstörung konzentrationsstörungen gedächtnisstörung gedächtnisstörungen"
# prompt_presets/guardrails/quantity_words.yaml: word|value|language, and frequency|words that give it
VOCABULARY_NUMBER_WORDS = """
zero|0|english
one|1|english
fortnight|2|english
two|2|english
three|3|english
four|4|english
five|5|english
six|6|english
seven|7|english
eight|8|english
nine|9|english
ten|10|english
eleven|11|english
twelve|12|english
thirteen|13|english
fourteen|14|english
fifteen|15|english
sixteen|16|english
seventeen|17|english
eighteen|18|english
nineteen|19|english
twenty|20|english
thirty|30|english
forty|40|english
fifty|50|english
sixty|60|english
seventy|70|english
eighty|80|english
ninety|90|english
hundred|100|english
thousand|1000|english
twice|2|english
thrice|3|english
half|0.5|english
dozen|12|english
third|3|english
fourth|4|english
fifth|5|english
sixth|6|english
seventh|7|english
eighth|8|english
ninth|9|english
tenth|10|english
eleventh|11|english
twelfth|12|english
thirteenth|13|english
fourteenth|14|english
fifteenth|15|english
sixteenth|16|english
seventeenth|17|english
eighteenth|18|english
nineteenth|19|english
twentieth|20|english
thirtieth|30|english
uno|1|other_languages
tre|3|other_languages
quattro|4|other_languages
cinque|5|other_languages
sette|7|other_languages
otto|8|other_languages
nove|9|other_languages
dieci|10|other_languages
undici|11|other_languages
dodici|12|other_languages
tredici|13|other_languages
quattordici|14|other_languages
quindici|15|other_languages
sedici|16|other_languages
diciassette|17|other_languages
diciotto|18|other_languages
diciannove|19|other_languages
venti|20|other_languages
trenta|30|other_languages
quaranta|40|other_languages
sessanta|60|other_languages
settanta|70|other_languages
ottanta|80|other_languages
novanta|90|other_languages
cento|100|other_languages
dois|2|other_languages
duas|2|other_languages
três|3|other_languages
quatro|4|other_languages
sete|7|other_languages
oito|8|other_languages
dez|10|other_languages
doze|12|english too
treze|13|other_languages
catorze|14|other_languages
dezesseis|16|other_languages
dezasseis|16|other_languages
dezessete|17|other_languages
dezassete|17|other_languages
dezoito|18|other_languages
dezenove|19|other_languages
dezanove|19|other_languages
vinte|20|other_languages
trinta|30|other_languages
quarenta|40|other_languages
cinquenta|50|other_languages
sessenta|60|other_languages
oitenta|80|other_languages
jeden|1|other_languages
jedna|1|other_languages
dwa|2|other_languages
dwie|2|other_languages
trzy|3|other_languages
cztery|4|other_languages
pięć|5|other_languages
sześć|6|other_languages
siedem|7|other_languages
osiem|8|other_languages
dziewięć|9|other_languages
dziesięć|10|other_languages
jedenaście|11|other_languages
dwanaście|12|other_languages
trzynaście|13|other_languages
czternaście|14|other_languages
piętnaście|15|other_languages
szesnaście|16|other_languages
siedemnaście|17|other_languages
osiemnaście|18|other_languages
dziewiętnaście|19|other_languages
dwadzieścia|20|other_languages
trzydzieści|30|other_languages
czterdzieści|40|other_languages
pięćdziesiąt|50|other_languages
eins|1|other_languages
dos|2|english too
tres|3|other_languages
cuatro|4|other_languages
cinco|5|other_languages
seis|6|other_languages
siete|7|other_languages
ocho|8|other_languages
nueve|9|other_languages
diez|10|other_languages
once|11|english too
doce|12|other_languages
quince|15|other_languages
veinte|20|other_languages
treinta|30|other_languages
cuarenta|40|other_languages
cincuenta|50|other_languages
cien|100|other_languages
trece|13|other_languages
catorce|14|other_languages
dieciséis|16|other_languages
diecisiete|17|other_languages
dieciocho|18|other_languages
diecinueve|19|other_languages
veintiuno|21|other_languages
veintidó|22|other_languages
veintitré|23|other_languages
veinticuatro|24|other_languages
veinticinco|25|other_languages
veintiséis|26|other_languages
veintisiete|27|other_languages
veintiocho|28|other_languages
veintinueve|29|other_languages
sesenta|60|other_languages
setenta|70|other_languages
ochenta|80|other_languages
noventa|90|other_languages
ciento|100|other_languages
deux|2|other_languages
trois|3|other_languages
quatre|4|other_languages
cinq|5|other_languages
sept|7|other_languages
huit|8|other_languages
neuf|9|other_languages
dix|10|other_languages
onze|11|other_languages
douze|12|other_languages
quinze|15|other_languages
vingt|20|other_languages
trente|30|other_languages
quarante|40|other_languages
cinquante|50|other_languages
treize|13|other_languages
quatorze|14|other_languages
seize|16|english too
soixante|60|other_languages
cent|100|english too
zwei|2|other_languages
drei|3|other_languages
vier|4|other_languages
fünf|5|other_languages
sech|6|other_languages
sieben|7|other_languages
acht|8|other_languages
neun|9|other_languages
zehn|10|other_languages
zwölf|12|other_languages
zwanzig|20|other_languages
dreissig|30|other_languages
vierzig|40|other_languages
fünfzig|50|other_languages
hundert|100|other_languages
media|0.5|english too
medio|0.5|other_languages
demi|0.5|other_languages
demie|0.5|other_languages
halbe|0.5|other_languages
moitié|0.5|other_languages
mitad|0.5|other_languages
hälfte|0.5|other_languages
metà|0.5|other_languages
metade|0.5|other_languages
helft|0.5|other_languages
halva|0.5|other_languages
elf|11|english too
dreizehn|13|other_languages
vierzehn|14|other_languages
fünfzehn|15|other_languages
sechzehn|16|other_languages
siebzehn|17|other_languages
achtzehn|18|other_languages
neunzehn|19|other_languages
sechzig|60|other_languages
siebzig|70|other_languages
achtzig|80|other_languages
neunzig|90|other_languages
bihebdo|2|other_languages
bihebdomadaire|2|other_languages
zweimal|2|other_languages
dreimal|3|other_languages
segunda|2|other_languages
tercera|3|other_languages
tercero|3|other_languages
cuarta|4|other_languages
quinta|5|other_languages
quinto|5|other_languages
sexta|6|other_languages
sexto|6|other_languages
séptima|7|other_languages
octava|8|other_languages
décima|10|other_languages
deuxième|2|other_languages
troisième|3|other_languages
quatrième|4|other_languages
cinquième|5|other_languages
sixième|6|other_languages
septième|7|other_languages
huitième|8|other_languages
dixième|10|other_languages
zweite|2|other_languages
zweiten|2|other_languages
dritte|3|other_languages
dritten|3|other_languages
vierte|4|other_languages
vierten|4|other_languages
fünfte|5|other_languages
fünften|5|other_languages
sechste|6|other_languages
sechsten|6|other_languages
zehnte|10|other_languages
zehnten|10|other_languages
bd|2|dose_frequencies
bid|2|dose_frequencies
tds|3|dose_frequencies
tid|3|dose_frequencies
qds|4|dose_frequencies
qid|4|dose_frequencies
biweekly|2|intervals
fortnightly|2|intervals
q2wk|2|intervals
q2w|2|intervals
q3wk|3|intervals
q4wk|4|intervals
"""
VOCABULARY_FREQUENCIES = """
daily|1dd 2dd 3dd 4dd bd bid codziennie daag dag dagelijk daglig dagligen daily day dd dia diaria diariamente diario die dziennie dzień día evening giornaliero giorno jour morning night od qd quotidiana quotidiano quotidien quotidiennement tag tds tgl tid täglich ημέρα μέρα день дня ежедневно щодня
hourly|heure hora hour hourly hr hrly hrs q1h qh stunde stündlich
nightly|nacht natt night nightly noc noche notte nuit qhs sera wieczór
weekly|hebdo hebdomadaire sem semaine semana semanal semanalmente settimana settimanale tydzień tyg tygodniowo vecka veckan week weekly wekelijk wk wkly wo woche wochenplan wöchentl wöchentlich εβδομάδα εβδομάδες нед неделе неделю неделя тиждень тижня
biweekly|bihebdo biweekly fortnight fortnightly q2wk quincena quincenal quinzaine
fortnightly|biweekly fortnight fortnightly quincena quincenal quinzaine
monthly|maand maandelijk mensal mensalmente mensile mensual mensuel mes mese miesiąc miesięcznie mnth mo mois monat monatlich month monthly mt mth mthly mtl månad μήνα μήνας месяц месяца місяць
bimonthly|bimonthly month
quarterly|quartal quarter quarterly trimestral trimestre trimestriel
yearly|an annual annually annuel année anual año jahr jährlich year yearly yr
annually|an annual annually annuel année anual año jahr jährlich year yearly yr
"""
# prompt_presets/guardrails/language_words.yaml: words that show a quotation is in another language
VOCABULARY_OTHER_LANGUAGE_WORDS = "aan aap abandonner abantwana abattre abbandonare abbastanza abend aber abhi abitare abito abri abril absolu absolument accadere accanto accendere accepter accettare accion acciones accogliere accompagnare accompagner accomplir accorder accordo accorgersi accrocher acerca acheter achever acht acqua acte actitud actividad actividades acto acuerdo acum addirittura addosso adelante ademas adesso admettre administracion adresser affaire affare affatto affe affermare affirmer affrontare afgesproken afin afirmo afspraak aggiungere agir agiter agora agua ahi ahora ai aider aile ailleurs aimer ainda ainsi aire aiutare aiuto ajouter aku albergo albero alcuno aldrig ale algo alguien algun alguna algunas algunos alla alle alleen allein aller alli allontanare allora alltid allumer almeno alors alrededor als alt alta altijd altro altyd alzare amare ambiente ambos ame amener america americano ami amico amigo amigos ammazzare ammettere amor amore amour ampio amuser analisis anataka anche ancien ancora andare andere anfangen angazi angifuni anglais angoisse angolo anima animale animales animer animo annee annesi anni anno annoncer annunciare ano anos ans ante anterior antes antico antonio antworten anzi ao aos aparece apenas apercevoir apfel apoyo apparaitre apparence apparire appartement appartenere appartenir appel appeler appena appoggiare apporter apprendre approcher appunto appuyer apres aprire aquel aquella aquellas aquellos aqui ar arbeit arbeiten arbre argent argentina argomento arma armare armas arme armee armer arracher arrestare arreter arriba arriere arrivare arrivee arriver arte articolo articulo arzt ascoltare asi asimismo asociacion aspecto aspectos aspettare aspetto assai asseoir assez assicurare assister assistere assoluto assumere assurer asta asunto atencion atras att attaccare attacher attaquer atteggiamento atteindre attendere attendre attento attenzione attesa attimo attirer attivita atto attore attorno attraversare attuale auch aucun auf auge aumentare aumento aun aunque aupres auquel aur aus aussi aussitot autant auteur autor autore autoridades autorita autorite autour autre autrefois autrement avance avancer avant avanti avanzare avec avenir aventure avere avis avoir avouer avvenire avvertire avvicinare avvocato ayaw ayer ayuda azione azzurro baba babasi baciare badare baden bado bagno bahut baie baisser baja bajo bambina bambino banc banco bande bara barbe barcelona bardzo bas basso bastante bastare bataille battaglia battere battre bauen bauer baum beau beaucoup beaute beaux bei beide beim bein beispiel bekommen bellezza bello belum bene bere berg besoin besproken besser bestia bete bett bez bhi bianco bien bientot bij bild billet bin biondo bir bis bisa bisognare bisogno bist blanc blanca blanco blau bleiben bleu blev blir blume boca bocca boden boire bois bon bonheur bord bosco bose bouche braccio branche brauchen braun breve briller bringen briser brot bruciare bruder bruit bruler brusquement brutto bu buch buen buena bueno buenos buio buono busca buscar buttare cabeza cabo cacher cada cadere caffe calcio caldo calidad calle calme cama camara camarade cambiare cambio cambios camino camminare campagna campagne campana campo cantare cantidad capace capacidad capaz capek capello capire capitare capo cara caracter caractere caracteristicas carattere caratteristico caresser carlos carne caro carrera carta carte cas casa casi caso casos casser cattivo cattolico causa causer cavallo ce ceci ceder cela celebrare celui centrale centre centro centros cependant cerca cercare cercle certainement certamente certes certo cerveau cesse cesser cette chacun chaine chaise chaleur chali chambre changement changer chanter chaque chasse chasser chaud che chemin chemise cher chercher cheval cheveu chez chiamare chiaro chiave chiedere chien chiesa chiffre chilometro chissa chiudere choisir choix ciascuno ciel cielo ciencia ciento cierta cierto cinco cine cinq cinquante cio cioe circonstance citta cittadino ciudad civile civilta clair claire claro clase classe coeur cok colere collina colline collo colore coloro colpa colpire colpo combien comenzo comercio cominciare comision comme commencer commercio commissione commun como comodo compagnia compagnie compagno compagnon compania compiere complet completamente completement comporre comprare comprendere comprendre compte compter comun comune comunicacion comunicazione comunidad comunque con concedere concepto concetto conciencia concludere conclure condamner condiciones condizione conduire condurre confessare confiance confier confondre confronto congreso congresso conjunto connaissance connaitre conocer conocimiento conoscenza conoscere consecuencia conseguenza conseguir conseil consejo consentir consentire conservare considera considerare considerer consiglio constitucion construccion construire consulter consumo contadino contare contatto contenere contenido contenir contenter contento continuare continuer continuo conto contra contraire contrario contre contro controllo convenir convincere coprire coraggio corazon corde corpo corrente correre corsa corso corte cortile cosa cosas coscienza costa costituire costringere costruire costruzione cote cou couche coucher couler couleur couper cour courant courir cours couter couvrir craindre crainte creacion creare crecimiento credere creer creo crescere creuser cri crier crise crisi cristiano croce croire croiser croix cuadro cual cuales cualquier cuando cuanto cuarto cuatro cuba cucina cuenta cuerpo cuestion cui cultura cunku cuore cura curieux curiosite curso cuya cuyo da daar dabei dado dafur dagen daha dahil damit dan danach dangereux danisan dann dans danser dar daran darauf dari darin das dat datos dauern davantage davanti davon davvero dazu debe deben debia debido debout dechirer decia decider decidere decir decisione declarer decouvrir decrire dedi dedicare defaut defendre defensa degager degil degli dehors dei dein deja dejar dejo del dela dele della delle dem demain demande demander demas demasiado demeurer demi democracia denaro dengan denken denn dente dentro depasser depois deposer depuis der derecha derecho derechos dernier derriere des desarrollo descendre descrivere desde deseo desespoir deshalb desiderare desiderio desir desirer desormais despues dessiner dessus destino destro det detacher determinare detruire deux devant devenir deviner devoir deze di dia diario dias dicen dich dichiarare dicho diciembre dick die dietro dieu diez difendere diferencia diferentes difesa differenza difficile difficolta diffondere dificil digne dijo dimanche dimenticare dimostrare dinanzi dinero ding dio dios dipendere dir direccion diretto direttore direzione diriger dirigere diritto discorso discours discuter discutere disparaitre disporre disposer disposizione distanza distinguer distinguere distintas distintos distruggere dito divenire diventare diversas diverso diversos divertire dividere dix diya diyan dla doch docteur doet doigt dolares dolce dolor dolore domanda domandare domani domenica dominer domingo donc donde donna donner dont doon dopo dorf dormir dormire dort dos dottore doucement douceur douleur doute douter doux douze dove dovere drame drehen drei droit droite drole dubbio duda dumm dunkel dunque dupa dur durant durante durare durch durer durfen duro eau eaux ecarter eccellenza eccetera ecco echapper eclairer eclat eclater ecole economia economica economico ecouter ecraser ecrire edad educacion een eerder eerste efecto efectos effacer effet effetto efter egal egalement egli eigentlich ein eine einfach einige einigen einmal eis ejemplo ejercito ek el ela ele elecciones elemento elementos elettrico elevare elever ella ellas elle eller ello ellos eloigner eltern em embrasser emmener empecher emporter empresa empresas en encima encontrar encuentra encuentran encuentro ende endlich endormir endroit energia energie enero enfance enfant enfermedad enfermer enfin enfoncer engager enlever ennemi enorme ensuite entao entendre entier entonces entourer entrada entrainer entrar entrare entre entree entrer entretenir entro envelopper envie environ envoyer epais epaule epoca epoque eppure eprouver equipo er eran erba erbij erde eres erklaren erreur errore erschrecken erst erzahlen es esa esame esas escalier escludere escuela ese esempio esercito esfuerzo esistere eso esos espace espacio espana espanol espanola espanoles espece especialmente especie espera esperer esperienza espoir esporre espressione esprimere esprit essa essayer essen essere esso essuyer est esta estaba estaban estado estados estamos estan estar estas este estendere estero estilo esto estos estou estoy estremo estructura estudio estudios estuvo et eta etablir etage etaler etapa etat etc ete eteindre etendre etendue eternel etoile etonner etouffer etrange etranger etre etroit etti etude etudier etwas eu europa europea europeo evenement evitar evitare eviter executer exemple exiger existe existen existencia exister exito experiencia explico expliquer exposer expresion exprimer extraordinaire fabbrica faccia facil facon fahren fahrrad fahrt faible faim faire fait falloir falta famiglia familia familie famille famoso fangen fantasia fatica fatiguer fatto faute fauteuil faux faveur favore fazer fecha fede fehlen felice felipe femme fenetre fenomeno fenster fer ferien ferire fermare ferme fermer fermo fernando ferro fertig fest festa fete feu feuer feuille fianco ficou fidele fiducia fiel fier figlia figlio figura figurare figurer fil fille filo fils finalmente finche finden finestra finir finire finns fino fiore fisch fissare fiume fixe fixer flamme flasche fleur fliegen flores flot foarte foglia foi fois folie folla fonction fondare fondo forcer foret forma formacion formare formas forme fornire forse fortuna forza fost fou foule fra frage fragen frais fran francais francese franchir francia francisco francois frapper frase fratello frau freddo frei frente frere fresco fressen fretta freude freuen freund frohlich froid fronte fruh fruher frutto fue fuego fuentes fuera fueron fuerte fuerza fuerzas fuggire fuhren fuir fumare fumee fumer funcion funf funzione fuoco fuori fusil futbol futhi futuro gaat gagner gamba ganz gar garcia garcon garde garder garten gatto gauche gaya gayi geben gebruik geburtstag gedaan geen gefahrlich gegen gehen gehoren gelb geleden genau generale generales genere genou gens gente gerade gern geschenk geschichte gesicht gesprek geste gestern gesto gesund gettare gewinnen gia giallo giardino gibi gibt ging giocare gioco gioia giornale giornata giorno giovane giovanotto girare giro gister gisteren giu giudicare giudizio giugno giungere giustizia giusto glace glas glauben gleich gli glisser gloire gluck glucklich gobierno godere gonzalez gott goutte gouvernement governo graag gracias grado gran grande grandes grandir grazia grazie greco gridare grigio gris gros grosso groupe grun grupo grupos gruppo guardare guardia guere guerra guerre guidare gusto haar haare habe haben haber habia habian habiller habitant habiter habitude habla hablar habra habria hace hacen hacer hacerlo hacia haciendo hade hafta hai hain haine hakuna halbe halten han hangen hanno hapana har harus hasard hase hasta hat hataki haus haut haute hauteur hay haya heb hebben hecho hechos heeft helfen hemos henne heraus herbe hermano herr herz hesiter het heure heureux heute hicieron hier hii hij hija hijo hijos hilfe himmel hin hinein hinter histoire historia hiver hiyo hizo ho hoch hoe holen hombre hombres homme hon honneur honom honte hoon hora horas horen hors hota hoti hoy hubiera hubo huit hulle humain humana humano humanos humide hund huyu iba ich ici icin icinde idee ieri iets iglesia ignorer igual ihm ihn ihr ik ikaw iki ikke il ile imagen imagenes imaginer immaginare immagine immer imparare impedire imporre importancia importante importantes importanza importare importer imposer imposible impossibile impressione improvviso incluso inconnu incontrare indicare indietro indiquer industria industriale infatti infine informacion informe inga ingen ingin inglese ini iniziare inizio innamorare inoltre inquieter inquietude insegnare insieme insistere insomma inspirer installer instituciones instituto intanto inte intendere intenzione interes intereses interessante interessare interesse interesser interet interieur internacional internazionale interno intero interroger interrompre intorno inutile invece inventer inverno investigacion invitare inviter io isola isso ist istante istituto isto italiano itu iyan iyon izquierda jaar jag jahr jahre jahren jak jako jamais jamas jambe jardin jaren jaune je jeder jefe jeg jego jej jest jestem jeszcze jeter jetzt jeu jeune jeunesse jij jika joie joindre joli jorge jose joue jouer jour journee jouw joven jovenes juan juego juez juga juge juger juicio julio julle jullie jung junge junio junto jusque juste justicia juz jy ka kadar kakhulu kalau kalt kam kami kamu kan kann kapag kar karena kasi katze kaufen kazi ke keer kein keine kenapa kendini kennen kesho ki kiedy kila kiya kiye klasse klein klettern ko kochen kodwa koi kommen konnen kopf krank kuch kuche kuna kung kunnen kurz kwa kya la laatste labbro lachen lado lagi lago lagta lagti lahat lakini lanciare lange langsam larga largo larme las lasciare lassen latino lato latte laufen laut lavorare lavoro le leben legare legen leger legge leggere leggero lehrer lehrerin lei leicht leise lejos lendemain lenguaje lentement lequel lernen les lesen lettera letto lettre letzte leur leute levare levre ley liberare libero liberta libertad liberte libre libro libros licht lider lieb liegen lien lier ligne limitare limite linea lingua lira lire lisser livre livrer liya llamado llega llegado llegar llego lleva llevar lo loch loi longtemps lontano lopez loro lors lorsque los lotta loup lourd lub luce lucha luego lueur luft lugar lui luis lumiere luna lune lungo luogo lustig lutte lutter luz ma maanden maar macchina machen madchen madre madrid maestro magari maggio maggiore magnifique mai maintenant maintenir mais maison maitre mal malade maladie malattia malgre malheur mam manana mancare mandare manera mangiare manier maniera manje mann mano manos manquer mantener mantenere manuel marcha marchand marche marco mari mariage marier marito marquer marzo mas massa masse massimo materia matiere matin matrimonio mattina mattino mau maus mauvais maximo mayo mayores mayoria mayroon medecin medesimo mediante medico medida medidas medio medios mee meer meg meglio mehr meilleur mein mejor mejores meler mellan membre meme memoire memoria menacer mener meno menor menos mensch mensonge mente mentir mentre mer mera mercado mercato mere mereka mereu meri meritare meriter merito merken meron mes mesa mese meses messa mestiere mesure meta metier mettere mettre meu mexico mezzo mi mia mich midi miedo miembros mientras mieux mig migliore miguel mijn mil milch milieu milione militaire militar militare militares mille millones minha minimo ministerio ministre ministro minore minutenmir minuto minutos mio mir mira mirada mis misma mismo mismos misura mit mitad mitt mke mnie modelo moderno modo moet mogen moglich moglie moi moindre moins mois moitie moj moja molto momento momentos mon monat monate monde mondo monsieur montagna montagne monte monter montrer morceau morgen morire mort morte mostrare mot motivo mourir mouvement movimento movimiento moyen moze mtoto mucha muchas mucho muchos mude muerte muerto muestra muet muito mujer mujeres mujhe mult mume mundial mundo muovere mur muro musica musik musique mussen muy mycket naar nach nachste nacht nachts nacional nada nadie nah nahi nahihirapan nahin naissance naitre najua naman namin namlich nanti nao nar nascere nascondere nase nass nataka natin natura naturale naturaleza naturalmente naturel naturellement naturlich nave naweza nazionale nazione ndio ndiyo ne neanche neben necesario necesidad necessaire necessario necessita nehmen nein nel nella nemico nemmeno nennen neppure nero nerveux nessuno neu neuf neun nez ngifuna ngikhathele ngiyabonga ngiyazi ni nicht nichts nici niciodata nie niente niet niks nila nimechoka nimic nimmt ningun ninguna nino ninos ninyi nivel niveles niya nobile noch noche nog noi noir noire nom nombre nombreux nome nommer non nooit nord normale norte nos nosotros nostro notare notevole notizia noto notre notte nourrir nous nouveau noviembre nuage nudo nuestra nuestras nuestro nuestros nueva nuevas nuevo nuevos nuit nul nulla numero numeroso nunca nuovo nur nyumbani obecnie obeir oben objet objetivo objeto obliger obra obras obstante obtenir ocasion ocasiones occasione occhio occorrere occuper och ocho ocksa octubre oder odeur odore oeil oeuvre offen offendere officier offnen offrir offrire oficial oft og oggetto oggi ogni ognuno ohne oiseau ojos olan olarak oldu oltre oma ombra ombre omdat oncle ongeveer onkel onore ons onze ook opa operacion operaio operazione opinione opo oposicion opporre oppure ora oramai oraz orden ordinare ordine ordre orecchio oreille organizacion organizzare origen origine oro os oser ospedale osservare otra otras otro otros ottenere ou oublier oui ouvert ouvrage ouvrir pablo paciente pacientes packen padre padres padrone paese pagare pagina pagod pais paises paix palabra palabras palais palazzo papel papier paquet para paraitre parce parcourir parecchio parece parecia pareil parere parete parfaitement parfois paris parlare parler parmi parola partager parte partecipare partes parti participacion particolare particulier partido partidos partie partir partire partito partout parvenir pas pasa pasado pasar paso passare passato passe passione passo patria paupiere paura pauvre paysage paysan paz pazzo peau peccato pedro peggio peine pela pelicula pelle pelo pena pencher pendre penetrer pensar pensare pensee penser pensiero pentru peor pequena pequeno per perche percio perdere perdido perdre perdu pere perfetto perfino pericolo pericoloso periodo permettere permettre permite pero personaggio personale personas personnage personne perte pesar pesare pese peser pesetas peso petit peu peuple peur peux pezzo pferd pia piacere piangere pianta piantare pianura piazza pied piede piel pieno pierre pieta pietra pitie piu piuttosto placer plaindre plaine plaire plaisir planche plante platz plazo plein pleurer plonger plotzlich pluie plus plusieurs plutot poblacion poche poco pocos podemos poder podra podria poesia poesie poeta poete poi poiche poids pointe poitrine policia politica politicas politico politicos politique polizei polizia pomeriggio pone poner pont ponte popolazione popolo poquito por porque porre porta portare porte portier porto posare poser posibilidad posibilidades posible posicion posizione posseder possedere possibile possibilita poste posto potenza potere pouco pour pourquoi poursuivre pourtant pousser poussiere pouvoir povero powinienem powinnam practica pracy pranzo prato preceder precieux precio precios precipiter precis precisamente preciso preferer preferire pregare pregunta premio prendere prendre prensa preoccupare preparare preparer pres presencia presenta presentare presente presenza presidente presque presser presso pret pretendre preter preuve prevedere prevenir prevoir prezzo prier priere prima primera primeras primero primeros primo principale principales principe principio principios printemps privato prix probabilmente problema problemas probleme procedere proceso processo prochain prodotto produccion producto productos produire produrre produzione profesional professeur professore profiter profond profondement profondo programa programas programma projet promener promettere promettre prononcer pronto propia propio propios proporre propos proposer proposito proposta propre proprio propuesta prossimo proteger prouver prova provare provincia provocare provvedere proximo proyecto proyectos prueba przed przez przy psoe pubblicare pubblico publica publico pudo pueda puede pueden puedo puerta puerto pues puesto puis puisque puissance puissant punta punto puntos pur puro puso quadro qualche qualcosa qualcuno quale qualita qualite qualsiasi qualunque quand quando quant quanto quarante quartier quarto quasi quatre que queda quedo quel quello quelque queria questa questione questo qui quien quienes quiere quiero quindi quinze quiza quoi raccogliere raccontare raconter rad rafael ragazza ragazzo raggiungere ragione raha rahi raison ramasser ramener rapide rapidement rapido rappeler rapporter rapporto rappresentare rassurer razem razon razones reale realidad realite realizar realta recare recente recevoir recherche rechnen reclamer recommencer reconnaitre recueillir recuerdo reculer recursos reduire reflechir reflexion reforma refuser regarder regione regle regno regretter rehta rehti reich reiten rejeter rejoindre relacion relaciones relazione relever religioso remarquer remercier remettre remonter remplacer remplir rencontre rencontrer rendere rendre rennen renoncer rentrer renverser repandre repas repeter repondre reponse reposer repousser reprendre representer repubblica republica reserver resister resistere resoudre respecter respecto respirer respuesta ressembler restare reste rester resto resulta resultado resultados resultat retenir retirer retomber retour retourner retrouver reunir reussir reve reveiller revenir rever revoir revolucion rey ricchezza ricco ricerca ricevere riche richiedere richtig riconoscere ricordare ricordo rideau ridere ridurre riempire rien rientrare riesgo riferire rifiutare riguardare rimanere rimettere ringraziare rio ripetere riportare riprendere rire risolvere rispetto rispondere risposta risquer risultare risultato ritenere ritornare ritorno ritrovare riunire riuscire riva rivedere rivelare rivolgere rivoluzione roba roche rocher rodriguez roi romano rompere rompre rond rosa rosso rouler rufen ruhig ruine rund russo sab sabe sabia sable sache sacrificio sacro sagen saisir saison sakin sala salida salir salire salle saltare salud saluer salut salutare salvare samtal san sangat sangre sangue sans santa sante santiago sapere satisfaire sau sauter sauvage sauver savoir sbagliare scala scappare scegliere scena scendere schaffen schauen scheinen schenken scherzare schicken schiff schlafen schlagen schlecht schlimm schluss schnee schnell schon schreiben schreien schuh schule schuler schwarz schwer schwester schwimmen scienza scomparire scopo scoppiare scoprire scorrere scrittore scrivere scuola scusare se sean seans sechs secolo seconde secondo secours secretaire secretario sectores sedan sede sedere segnare segno segretario segreto seguir seguire seguito segun segunda segundo seguridad seguro sehen sehr seigneur sein seis seit seite sekarang selbst selon sem semaine semana semanas semblable sembler sembrare semplice sempre senalo senor senora sens senso sentido sentier sentimento sentir sentire senza separer sept septiembre ser seran sereno seria serie serieux serio serrer servicio servicios servir servire servizio settimana setzen seu seuil seul seulement sforzo sguardo shule si siapa sich sicher sicurezza sicuro sido sie sieben siecle sieht siempre sien siendo siete siglo signe significare signifier signora signore signorina sigue siguiente siguientes sijui siku sila silencieux silencio silenzio simdi simplement sind sinds sindsdien singen sinistro sino siquiera sisi sistema sistemas sitaki sitaweza situacion situazione sitzen siwezi siya ska skulle smettere so sobra sobre sociale sociales socialista sociedad societa societe soffrire sofort sognare sogno sohn soi soin soir soiree soit sol sola solamente soldat soldato soleil solito sollen soltanto solucion soluzione som somme sommeil sommer sommet somos soms songer sonne sonner sonno sonntag sono sonra sonst sont sopra soprattutto sorella sorgere sorprendere sorridere sorriso sorte sortir sostenere sottile sotto sou soudain souffler souffrance souffrir souhaiter soulever soumettre sourd sourire sous soutenir souvent soy spalla spater spazio speciale specie spegnere speranza sperare spesa spesso spettacolo spiegare spiel spielen spingere spirito sposare sprechen springen stabilire staccare stadt stagione stamattina stampa stanco stasera stato stazione stehen steigen stein stella stelle stellen stesso storia storico strada straniero strano straordinario stringere strumento studiare stunde stupido su sua subir subito succedere succes successo suchen sud sudah suelo sueno suerte sueur suffire suficiente suis suivant suivre sujet sul sulla sunt suo suonare superare superieur superiore supposer supuesto sur surprendre surtout surveiller sus svegliare sviluppo svolgere systeme ta tacere tache tagliare taille taire tak takut tal talaga tambem tambien tampoco tandis tant tante tanto tantot tapi tapis tard tarde tardi tavola tavolo tayo teatro tecnica tecnico tedesco tego tel tellement tem tema temas temere temoin tempete temps temu tendere tendra tendre tenemos tener tenere tengo tenho tenia tenian tenido tenir tentare tenter teoria teraz terme termine terminer terminos terre terreno terreur territorio terzo testa tete texto tez tha thi tidak tief tiempo tiempos tiene tienen tierra tijdens tipo tipos tirare tirer tisch titolo titre titulo toata toccare toda todas todavia todo todos togliere toh toi toile toit toma tomar tombe tomber ton tono tornare torno toucher toujours tourner toute tra trabajadores trabajar trabajo tracer tragen traiter tranquille tranquillo trarre tras trascinare trasformare trata tratamiento trattare tratto traurig travail travailler travers traverser traves trebuie treffen trembler treno trente tres tresor trinken triste trois troisieme tromper trop troppo trou troubler trouver trovare tu tuer tum tun tuo tur turnen tuttavia tutto tuvo tweede tylko ubaba uber uberall uccidere udire ufficiale ufficio uguale uhr uit ultima ultimo ultimos umama umano un una unas und une uneori unica unico unidad unidos unire universidad universita uno unos uns unser unten unter untuk uomo usare uscire uso usted utan utile vai vaincre valere valeur valle valoir valore valores vamos van vandaag vandag varias vario varios vaste vasto vater vecchio veces vedere veille veiller vendere vendre venir venire vento ventre ver veramente verdad verde vergessen verita verite verkaufen verlieren vero verre vers verser verso verstecken verstehen versuchen vert vestire vestito vetement vetir veux vez vezes vi viaggio viaje vicino victime victoria vida vide vieil vieillard viejo viel vielleicht viene vier vieux vif vill ville vin vincere vingt vino vio violencia visage visita visite viso visto vita vite vivant vivere vivir vivo vivre voce voel vogel voglia voi voici voie voila voile voir voisin voiture voix vol volare voler volere volgende volgere voll volonta volonte volta voltare volto voluntad volver volvio vom von voor vooral vor vorbei vostro votre vouloir vous voy voz vrai vraiment vrea vreau vue vuelta vuelve vuoto wa waar wagen wahr wala walang wald wangu wao warten warum waschen wasser wat watoto weet weg weihnachten weil weinen weit weiter weken wel welke wenig wenn wer werd werden werfen wewe wichtig wie wiec wieder wiese wij wil will willen wir wird wirklich wissen woche woh wohl wohnen wohnung wollen worden wordt wort wszyscy wunschen y ya yake yangu ye yebo yeh yeux yeye yo yok yung zahl zangu ze zehn zeigen zeit zeitung zelf zia zich ziehen zij zijn zimmer zio zitto zona zonas zonder zou zu zug zum zur zuruck zusammen zwei zwischen"
# prompt_presets/guardrails/language_words.yaml: short form|its words in full
VOCABULARY_SHORT_FORMS = """
&|and
=|equals
abt|about
b/c|because
bc|because
bf|boyfriend
bit|little
cos|because
coz|because
cuz|because
dunno|do not know
gf|girlfriend
gimme|give me
gonna|going to
gotta|got to
grey|gray
h|hours
hafta|have to
hr|hours
hrs|hours
kinda|kind of
lemme|let me
lotta|lot of
min|minutes
mins|minutes
mum|mom
nope|no
ok|okay
outta|out of
ppl|people
sorta|sort of
tho|though
thru|through
til|until
till|until
w/|with
w/o|without
wanna|want to
wk|week
wks|weeks
y'all|you all
ya|you
yeah|yes
yr|year
yrs|years
"""
# prompt_presets/guardrails/must_carry_terms.yaml: section|group|words (a trailing * matches a word's beginning)
VOCABULARY_MUST_CARRY = """
measures|phq-9|patient health questionnaire
measures|phq-9|phq
measures|phq-9|phq 9
measures|phq-9|phq9
measures|phq-a|phq a
measures|phq-a|phqa
measures|gad-7|gad 7
measures|gad-7|gad7
measures|gad-7|generalized anxiety disorder 7
measures|pcl-5|pcl
measures|pcl-5|pcl 5
measures|pcl-5|pcl5
measures|pcl-5|ptsd checklist
measures|ors|ors
measures|ors|outcome rating scale
measures|srs|session rating scale
measures|srs|srs
measures|bdi|bdi
measures|bdi|bdi ii
measures|bdi|bdiii
measures|bdi|beck depression inventory
measures|bai|bai
measures|bai|beck anxiety inventory
measures|audit|audit
measures|audit|audit c
measures|audit|auditc
measures|dast|dast
measures|dast|dast 10
measures|dast|dast10
measures|c-ssrs|c ssrs
measures|c-ssrs|columbia
measures|c-ssrs|cssr
measures|core-10|core 10
measures|core-10|core om
measures|core-10|core10
measures|core-10|coreom
measures|ocir|oci r
measures|ocir|ocir
measures|ocir|y bocs
measures|ocir|yboc
measures|epds|edinburgh postnatal depression scale
measures|epds|epds
measures|des|des ii
measures|des|desii
measures|des|dissociative experience scale
measures|ders|ders
measures|wsas|wsas
measures|k10|k 10
measures|k10|k10
measures|k10|kessler
measures|edeq|ede q
measures|edeq|edeq
measures|asrs|asrs
measures|pss|perceived stress scale
measures|pss|pss
measures|isi|insomnia severity index
measures|isi|isi
measures|hads|hads
measures|mdq|mdq
measures|cgi|cgi
measures|gaf|gaf
measures|suds|subjective unit of distress
measures|suds|subjective unit of disturbance
measures|suds|sud
measures|suds|suds
measures|itq|international trauma questionnaire
measures|itq|itq
measures|peg|pain enjoyment general activity
measures|peg|peg
measures|peg|peg 3
measures|peg|peg3
measures|dass|dass
measures|dass|dass 21
measures|dass|dass21
measures|gds|gds
measures|gds|gds 15
measures|gds|gds15
measures|gds|geriatric depression scale
measures|bpi|bpi
measures|bpi|brief pain inventory
measures|pcs|pain catastrophizing scale
measures|pcs|pcs
measures|pseq|pain self efficacy questionnaire
measures|pseq|pseq
measures|moca|moca
measures|moca|montreal cognitive assessment
measures|mmse|mini mental state examination
measures|mmse|mmse
measures|rcads|rcad
measures|sdq|sdq
measures|sdq|strength and difficultie questionnaire
measures|ecbi|ecbi
measures|ecbi|eyberg child behavior inventory
measures|cy-bocs|cy bocs
measures|cy-bocs|cyboc
measures|mfq|mfq
measures|mfq|smfq
measures|pgsi|pgsi
measures|pgsi|problem gambling severity index
measures|cudit|cudit
measures|cudit|cudit r
measures|cudit|cuditr
measures|voc|validity of cognition
measures|voc|validity of positive cognition
measures|voc|validity of the cognition
measures|voc|validity of the positive cognition
measures|voc|voc
score_words|score_words|checklist
score_words|score_words|escala
score_words|score_words|fragebogen
score_words|score_words|index
score_words|score_words|inventory
score_words|score_words|measure
score_words|score_words|punktwert
score_words|score_words|punktzahl
score_words|score_words|puntaje
score_words|score_words|puntuación
score_words|score_words|questionnaire
score_words|score_words|rated
score_words|score_words|rating
score_words|score_words|scale
score_words|score_words|score
score_words|score_words|scored
score_words|score_words|scoring
score_words|score_words|skala
score_words|score_words|total
score_words|score_words|échelle
medications|sertraline|lustral
medications|sertraline|lustrala
medications|sertraline|lustrale
medications|sertraline|sertralin
medications|sertraline|sertralina
medications|sertraline|sertraline
medications|sertraline|zoloft
medications|sertraline|zolofta
medications|sertraline|zolofte
medications|sertraline|סרטרלין
medications|sertraline|سيرترالين
medications|sertraline|セルトラリン
medications|sertraline|舍曲林
medications|sertraline|서트랄린
medications|sertraline|설트랄린
medications|fluoxetine|fluoxetin
medications|fluoxetine|fluoxetina
medications|fluoxetine|fluoxetine
medications|fluoxetine|prozac
medications|fluoxetine|prozaca
medications|fluoxetine|prozace
medications|fluoxetine|פלואוקסטין
medications|fluoxetine|فلوكستين
medications|fluoxetine|フルオキセチン
medications|fluoxetine|氟西汀
medications|fluoxetine|플루옥세틴
medications|escitalopram|cipralex
medications|escitalopram|cipralexa
medications|escitalopram|cipralexe
medications|escitalopram|escitalopram
medications|escitalopram|escitaloprama
medications|escitalopram|escitaloprame
medications|escitalopram|lexapro
medications|escitalopram|lexaproa
medications|escitalopram|lexaproe
medications|escitalopram|אסציטלופרם
medications|escitalopram|إسيتالوبرام
medications|escitalopram|エスシタロプラム
medications|escitalopram|艾司西酞普兰
medications|escitalopram|에스시탈로프람
medications|citalopram|celexa
medications|citalopram|celexaa
medications|citalopram|celexae
medications|citalopram|cipramil
medications|citalopram|cipramila
medications|citalopram|cipramile
medications|citalopram|citalopram
medications|citalopram|citaloprama
medications|citalopram|citaloprame
medications|citalopram|ציטלופרם
medications|citalopram|سيتالوبرام
medications|citalopram|シタロプラム
medications|citalopram|西酞普兰
medications|citalopram|시탈로프람
medications|paroxetine|paroxetin
medications|paroxetine|paroxetina
medications|paroxetine|paroxetine
medications|paroxetine|paxil
medications|paroxetine|paxila
medications|paroxetine|paxile
medications|paroxetine|seroxat
medications|paroxetine|seroxata
medications|paroxetine|seroxate
medications|paroxetine|פרוקסטין
medications|paroxetine|باروكستين
medications|paroxetine|パロキセチン
medications|paroxetine|帕罗西汀
medications|paroxetine|파록세틴
medications|fluvoxamine|faverin
medications|fluvoxamine|faverina
medications|fluvoxamine|faverine
medications|fluvoxamine|fluvoxamin
medications|fluvoxamine|fluvoxamina
medications|fluvoxamine|fluvoxamine
medications|fluvoxamine|luvox
medications|fluvoxamine|luvoxa
medications|fluvoxamine|luvoxe
medications|fluvoxamine|フルボキサミン
medications|fluvoxamine|氟伏沙明
medications|fluvoxamine|플루복사민
medications|venlafaxine|effexor
medications|venlafaxine|effexora
medications|venlafaxine|effexore
medications|venlafaxine|venlafaxin
medications|venlafaxine|venlafaxina
medications|venlafaxine|venlafaxine
medications|venlafaxine|ונלפקסין
medications|venlafaxine|فينلافاكسين
medications|venlafaxine|ベンラファキシン
medications|venlafaxine|文拉法辛
medications|venlafaxine|벤라팍신
medications|desvenlafaxine|desvenlafaxin
medications|desvenlafaxine|desvenlafaxina
medications|desvenlafaxine|desvenlafaxine
medications|desvenlafaxine|pristiq
medications|desvenlafaxine|pristiqa
medications|desvenlafaxine|pristiqe
medications|duloxetine|cymbalta
medications|duloxetine|cymbaltaa
medications|duloxetine|cymbaltae
medications|duloxetine|duloxetin
medications|duloxetine|duloxetina
medications|duloxetine|duloxetine
medications|duloxetine|דולוקסטין
medications|duloxetine|دولوكستين
medications|duloxetine|デュロキセチン
medications|duloxetine|度洛西汀
medications|duloxetine|둘록세틴
medications|bupropion|bupropion
medications|bupropion|bupropiona
medications|bupropion|bupropione
medications|bupropion|wellbutrin
medications|bupropion|wellbutrina
medications|bupropion|wellbutrine
medications|bupropion|zyban
medications|bupropion|zybana
medications|bupropion|zybane
medications|bupropion|ブプロピオン
medications|bupropion|安非他酮
medications|bupropion|부프로피온
medications|mirtazapine|mirtazapin
medications|mirtazapine|mirtazapina
medications|mirtazapine|mirtazapine
medications|mirtazapine|remeron
medications|mirtazapine|remerona
medications|mirtazapine|remerone
medications|mirtazapine|zispin
medications|mirtazapine|zispina
medications|mirtazapine|zispine
medications|mirtazapine|מירטזפין
medications|mirtazapine|ميرتازابين
medications|mirtazapine|ミルタザピン
medications|mirtazapine|米氮平
medications|mirtazapine|미르타자핀
medications|trazodone|desyrel
medications|trazodone|desyrela
medications|trazodone|desyrele
medications|trazodone|oleptro
medications|trazodone|oleptroa
medications|trazodone|oleptroe
medications|trazodone|trazodon
medications|trazodone|trazodona
medications|trazodone|trazodone
medications|trazodone|trazolan
medications|trazodone|trazolana
medications|trazodone|trazolane
medications|trazodone|trittico
medications|trazodone|tritticoa
medications|trazodone|tritticoe
medications|trazodone|トラゾドン
medications|trazodone|曲唑酮
medications|trazodone|트라조돈
medications|vortioxetine|brintellix
medications|vortioxetine|brintellixa
medications|vortioxetine|brintellixe
medications|vortioxetine|trintellix
medications|vortioxetine|trintellixa
medications|vortioxetine|trintellixe
medications|vortioxetine|vortioxetin
medications|vortioxetine|vortioxetina
medications|vortioxetine|vortioxetine
medications|vilazodone|viibryd
medications|vilazodone|viibryda
medications|vilazodone|viibryde
medications|vilazodone|vilazodon
medications|vilazodone|vilazodona
medications|vilazodone|vilazodone
medications|agomelatine|agomelatin
medications|agomelatine|agomelatina
medications|agomelatine|agomelatine
medications|agomelatine|valdoxan
medications|agomelatine|valdoxana
medications|agomelatine|valdoxane
medications|amitriptyline|amitriptylin
medications|amitriptyline|amitriptylina
medications|amitriptyline|amitriptyline
medications|amitriptyline|elavil
medications|amitriptyline|elavila
medications|amitriptyline|elavile
medications|nortriptyline|nortriptylin
medications|nortriptyline|nortriptylina
medications|nortriptyline|nortriptyline
medications|nortriptyline|pamelor
medications|nortriptyline|pamelora
medications|nortriptyline|pamelore
medications|imipramine|imipramin
medications|imipramine|imipramina
medications|imipramine|imipramine
medications|imipramine|tofranil
medications|imipramine|tofranila
medications|imipramine|tofranile
medications|clomipramine|anafranil
medications|clomipramine|anafranila
medications|clomipramine|anafranile
medications|clomipramine|clomipramin
medications|clomipramine|clomipramina
medications|clomipramine|clomipramine
medications|doxepin|doxepin
medications|doxepin|doxepina
medications|doxepin|doxepine
medications|doxepin|silenor
medications|doxepin|silenora
medications|doxepin|silenore
medications|phenelzine|nardil
medications|phenelzine|nardila
medications|phenelzine|nardile
medications|phenelzine|phenelzin
medications|phenelzine|phenelzina
medications|phenelzine|phenelzine
medications|lithium|lithium
medications|lithium|lithiuma
medications|lithium|lithiume
medications|lithium|lithobid
medications|lithium|lithobida
medications|lithium|lithobide
medications|lithium|priadel
medications|lithium|priadela
medications|lithium|priadele
medications|lithium|ליתיום
medications|lithium|ليثيوم
medications|lithium|リチウム
medications|lithium|炭酸リチウム
medications|lithium|碳酸锂
medications|lithium|리튬
medications|lamotrigine|lamictal
medications|lamotrigine|lamictala
medications|lamotrigine|lamictale
medications|lamotrigine|lamotrigin
medications|lamotrigine|lamotrigina
medications|lamotrigine|lamotrigine
medications|lamotrigine|لاموتريجين
medications|lamotrigine|ラモトリギン
medications|lamotrigine|拉莫三嗪
medications|lamotrigine|라모트리진
medications|valproate|depakin
medications|valproate|depakina
medications|valproate|depakine
medications|valproate|depakot
medications|valproate|depakota
medications|valproate|depakote
medications|valproate|divalproex
medications|valproate|divalproexa
medications|valproate|divalproexe
medications|valproate|valproat
medications|valproate|valproata
medications|valproate|valproate
medications|valproate|ולפרואט
medications|valproate|فالبروات
medications|valproate|バルプロ酸
medications|valproate|丙戊酸
medications|valproate|발프로산
medications|carbamazepine|carbamazepin
medications|carbamazepine|carbamazepina
medications|carbamazepine|carbamazepine
medications|carbamazepine|tegretol
medications|carbamazepine|tegretola
medications|carbamazepine|tegretole
medications|oxcarbazepine|oxcarbazepin
medications|oxcarbazepine|oxcarbazepina
medications|oxcarbazepine|oxcarbazepine
medications|oxcarbazepine|trileptal
medications|oxcarbazepine|trileptala
medications|oxcarbazepine|trileptale
medications|topiramate|topamax
medications|topiramate|topamaxa
medications|topiramate|topamaxe
medications|topiramate|topiramat
medications|topiramate|topiramata
medications|topiramate|topiramate
medications|gabapentin|gabapentin
medications|gabapentin|gabapentina
medications|gabapentin|gabapentine
medications|gabapentin|neurontin
medications|gabapentin|neurontina
medications|gabapentin|neurontine
medications|pregabalin|lyrica
medications|pregabalin|lyricaa
medications|pregabalin|lyricae
medications|pregabalin|pregabalin
medications|pregabalin|pregabalina
medications|pregabalin|pregabaline
medications|quetiapine|quetiapin
medications|quetiapine|quetiapina
medications|quetiapine|quetiapine
medications|quetiapine|seroquel
medications|quetiapine|seroquela
medications|quetiapine|seroquele
medications|quetiapine|קווטיאפין
medications|quetiapine|كيتيابين
medications|quetiapine|クエチアピン
medications|quetiapine|喹硫平
medications|quetiapine|쿠에티아핀
medications|aripiprazole|abilify
medications|aripiprazole|abilifya
medications|aripiprazole|abilifye
medications|aripiprazole|aripiprazol
medications|aripiprazole|aripiprazola
medications|aripiprazole|aripiprazole
medications|aripiprazole|אריפיפרזול
medications|aripiprazole|أريبيبرازول
medications|aripiprazole|アリピプラゾール
medications|aripiprazole|阿立哌唑
medications|aripiprazole|아리피프라졸
medications|olanzapine|olanzapin
medications|olanzapine|olanzapina
medications|olanzapine|olanzapine
medications|olanzapine|zyprexa
medications|olanzapine|zyprexaa
medications|olanzapine|zyprexae
medications|olanzapine|אולנזפין
medications|olanzapine|أولانزابين
medications|olanzapine|オランザピン
medications|olanzapine|奥氮平
medications|olanzapine|올란자핀
medications|risperidone|risperdal
medications|risperidone|risperdala
medications|risperidone|risperdale
medications|risperidone|risperidon
medications|risperidone|risperidona
medications|risperidone|risperidone
medications|risperidone|ריספרידון
medications|risperidone|ريسبيريدون
medications|risperidone|リスペリドン
medications|risperidone|利培酮
medications|risperidone|리스페리돈
medications|ziprasidone|geodon
medications|ziprasidone|geodona
medications|ziprasidone|geodone
medications|ziprasidone|ziprasidon
medications|ziprasidone|ziprasidona
medications|ziprasidone|ziprasidone
medications|lurasidone|latuda
medications|lurasidone|latudaa
medications|lurasidone|latudae
medications|lurasidone|lurasidon
medications|lurasidone|lurasidona
medications|lurasidone|lurasidone
medications|clozapine|clozapin
medications|clozapine|clozapina
medications|clozapine|clozapine
medications|clozapine|clozaril
medications|clozapine|clozarila
medications|clozapine|clozarile
medications|clozapine|קלוזפין
medications|clozapine|كلوزابين
medications|clozapine|クロザピン
medications|clozapine|氯氮平
medications|clozapine|클로자핀
medications|haloperidol|haldol
medications|haloperidol|haldola
medications|haloperidol|haldole
medications|haloperidol|haloperidol
medications|haloperidol|haloperidola
medications|haloperidol|haloperidole
medications|cariprazine|cariprazin
medications|cariprazine|cariprazina
medications|cariprazine|cariprazine
medications|cariprazine|vraylar
medications|cariprazine|vraylara
medications|cariprazine|vraylare
medications|brexpiprazole|brexpiprazol
medications|brexpiprazole|brexpiprazola
medications|brexpiprazole|brexpiprazole
medications|brexpiprazole|rexulti
medications|brexpiprazole|rexultia
medications|brexpiprazole|rexultie
medications|paliperidone|invega
medications|paliperidone|invegaa
medications|paliperidone|invegae
medications|paliperidone|paliperidon
medications|paliperidone|paliperidona
medications|paliperidone|paliperidone
medications|paliperidone|trevicta
medications|paliperidone|trevictaa
medications|paliperidone|trevictae
medications|paliperidone|xeplion
medications|paliperidone|xepliona
medications|paliperidone|xeplione
medications|zuclopenthixol|clopixol
medications|zuclopenthixol|clopixola
medications|zuclopenthixol|clopixole
medications|zuclopenthixol|zuclopenthixol
medications|zuclopenthixol|zuclopenthixola
medications|zuclopenthixol|zuclopenthixole
medications|flupentixol|depixol
medications|flupentixol|depixola
medications|flupentixol|depixole
medications|flupentixol|fluanxol
medications|flupentixol|fluanxola
medications|flupentixol|fluanxole
medications|flupentixol|flupenthixol
medications|flupentixol|flupenthixola
medications|flupentixol|flupenthixole
medications|flupentixol|flupentixol
medications|flupentixol|flupentixola
medications|flupentixol|flupentixole
medications|amisulpride|amisulprid
medications|amisulpride|amisulprida
medications|amisulpride|amisulpride
medications|amisulpride|solian
medications|amisulpride|soliana
medications|amisulpride|soliane
medications|clonazepam|clonazepam
medications|clonazepam|clonazepama
medications|clonazepam|clonazepame
medications|clonazepam|klonopin
medications|clonazepam|klonopina
medications|clonazepam|klonopine
medications|clonazepam|rivotril
medications|clonazepam|rivotrila
medications|clonazepam|rivotrile
medications|clonazepam|קלונזפאם
medications|clonazepam|كلونازيبام
medications|clonazepam|クロナゼパム
medications|clonazepam|氯硝西泮
medications|clonazepam|클로나제팜
medications|lorazepam|ativan
medications|lorazepam|ativana
medications|lorazepam|ativane
medications|lorazepam|lorazepam
medications|lorazepam|lorazepama
medications|lorazepam|lorazepame
medications|lorazepam|לוראזפאם
medications|lorazepam|لورازيبام
medications|lorazepam|ロラゼパム
medications|lorazepam|劳拉西泮
medications|lorazepam|로라제팜
medications|alprazolam|alprazolam
medications|alprazolam|alprazolama
medications|alprazolam|alprazolame
medications|alprazolam|xanax
medications|alprazolam|xanaxa
medications|alprazolam|xanaxe
medications|alprazolam|אלפרזולם
medications|alprazolam|ألبرازولام
medications|alprazolam|アルプラゾラム
medications|alprazolam|阿普唑仑
medications|alprazolam|알프라졸람
medications|diazepam|diazepam
medications|diazepam|diazepama
medications|diazepam|diazepame
medications|diazepam|valium
medications|diazepam|valiuma
medications|diazepam|valiume
medications|temazepam|restoril
medications|temazepam|restorila
medications|temazepam|restorile
medications|temazepam|temazepam
medications|temazepam|temazepama
medications|temazepam|temazepame
medications|chlordiazepoxide|chlordiazepoxid
medications|chlordiazepoxide|chlordiazepoxida
medications|chlordiazepoxide|chlordiazepoxide
medications|chlordiazepoxide|librium
medications|chlordiazepoxide|libriuma
medications|chlordiazepoxide|libriume
medications|zolpidem|ambien
medications|zolpidem|ambiena
medications|zolpidem|ambiene
medications|zolpidem|stilnox
medications|zolpidem|stilnoxa
medications|zolpidem|stilnoxe
medications|zolpidem|zolpidem
medications|zolpidem|zolpidema
medications|zolpidem|zolpideme
medications|zolpidem|זולפידם
medications|zolpidem|زولبيديم
medications|zolpidem|ゾルピデム
medications|zolpidem|唑吡坦
medications|zolpidem|졸피뎀
medications|zopiclone|eszopiclon
medications|zopiclone|eszopiclona
medications|zopiclone|eszopiclone
medications|zopiclone|imovan
medications|zopiclone|imovana
medications|zopiclone|imovane
medications|zopiclone|lunesta
medications|zopiclone|lunestaa
medications|zopiclone|lunestae
medications|zopiclone|zopiclon
medications|zopiclone|zopiclona
medications|zopiclone|zopiclone
medications|buspirone|buspar
medications|buspirone|buspara
medications|buspirone|buspare
medications|buspirone|buspiron
medications|buspirone|buspirona
medications|buspirone|buspirone
medications|hydroxyzine|atarax
medications|hydroxyzine|ataraxa
medications|hydroxyzine|ataraxe
medications|hydroxyzine|hydroxyzin
medications|hydroxyzine|hydroxyzina
medications|hydroxyzine|hydroxyzine
medications|hydroxyzine|vistaril
medications|hydroxyzine|vistarila
medications|hydroxyzine|vistarile
medications|propranolol|inderal
medications|propranolol|inderala
medications|propranolol|inderale
medications|propranolol|propranolol
medications|propranolol|propranolola
medications|propranolol|propranolole
medications|prazosin|minipress
medications|prazosin|minipressa
medications|prazosin|minipresse
medications|prazosin|prazosin
medications|prazosin|prazosina
medications|prazosin|prazosine
medications|clonidine|clonidin
medications|clonidine|clonidina
medications|clonidine|clonidine
medications|clonidine|kapvay
medications|clonidine|kapvaya
medications|clonidine|kapvaye
medications|guanfacine|guanfacin
medications|guanfacine|guanfacina
medications|guanfacine|guanfacine
medications|guanfacine|intuniv
medications|guanfacine|intuniva
medications|guanfacine|intunive
medications|methylphenidate|concerta
medications|methylphenidate|concertaa
medications|methylphenidate|concertae
medications|methylphenidate|equasym
medications|methylphenidate|equasyma
medications|methylphenidate|equasyme
medications|methylphenidate|medikinet
medications|methylphenidate|medikineta
medications|methylphenidate|medikinete
medications|methylphenidate|methylphenidat
medications|methylphenidate|methylphenidata
medications|methylphenidate|methylphenidate
medications|methylphenidate|ritalin
medications|methylphenidate|ritalina
medications|methylphenidate|ritaline
medications|methylphenidate|מתילפנידאט
medications|methylphenidate|ميثيلفينيديت
medications|methylphenidate|メチルフェニデート
medications|methylphenidate|哌甲酯
medications|methylphenidate|메틸페니데이트
medications|amphetamine|adderall
medications|amphetamine|adderalla
medications|amphetamine|adderalle
medications|amphetamine|amphetamin
medications|amphetamine|amphetamina
medications|amphetamine|amphetamine
medications|amphetamine|dexamfetamin
medications|amphetamine|dexamfetamina
medications|amphetamine|dexamfetamine
medications|amphetamine|dexamphetamin
medications|amphetamine|dexamphetamina
medications|amphetamine|dexamphetamine
medications|amphetamine|dexedrin
medications|amphetamine|dexedrina
medications|amphetamine|dexedrine
medications|dexmethylphenidate|dexmethylphenidat
medications|dexmethylphenidate|dexmethylphenidata
medications|dexmethylphenidate|dexmethylphenidate
medications|dexmethylphenidate|focalin
medications|dexmethylphenidate|focalina
medications|dexmethylphenidate|focaline
medications|lisdexamfetamine|elvan
medications|lisdexamfetamine|elvansa
medications|lisdexamfetamine|elvanse
medications|lisdexamfetamine|lisdexamfetamin
medications|lisdexamfetamine|lisdexamfetamina
medications|lisdexamfetamine|lisdexamfetamine
medications|lisdexamfetamine|vyvan
medications|lisdexamfetamine|vyvansa
medications|lisdexamfetamine|vyvanse
medications|atomoxetine|atomoxetin
medications|atomoxetine|atomoxetina
medications|atomoxetine|atomoxetine
medications|atomoxetine|strattera
medications|atomoxetine|stratteraa
medications|atomoxetine|stratterae
medications|modafinil|modafinil
medications|modafinil|modafinila
medications|modafinil|modafinile
medications|modafinil|provigil
medications|modafinil|provigila
medications|modafinil|provigile
medications|naltrexone|ldn
medications|naltrexone|ldna
medications|naltrexone|ldne
medications|naltrexone|naltrexon
medications|naltrexone|naltrexona
medications|naltrexone|naltrexone
medications|naltrexone|vivitrol
medications|naltrexone|vivitrola
medications|naltrexone|vivitrole
medications|buprenorphine|brixadi
medications|buprenorphine|brixadia
medications|buprenorphine|brixadie
medications|buprenorphine|bup
medications|buprenorphine|bupa
medications|buprenorphine|bupe
medications|buprenorphine|buprenorphin
medications|buprenorphine|buprenorphina
medications|buprenorphine|buprenorphine
medications|buprenorphine|buvidal
medications|buprenorphine|buvidala
medications|buprenorphine|buvidale
medications|buprenorphine|espranor
medications|buprenorphine|espranora
medications|buprenorphine|espranore
medications|buprenorphine|sublocad
medications|buprenorphine|sublocada
medications|buprenorphine|sublocade
medications|buprenorphine|suboxon
medications|buprenorphine|suboxona
medications|buprenorphine|suboxone
medications|buprenorphine|subutex
medications|buprenorphine|subutexa
medications|buprenorphine|subutexe
medications|buprenorphine|zubsolv
medications|buprenorphine|zubsolva
medications|buprenorphine|zubsolve
medications|methadone|biodon
medications|methadone|biodona
medications|methadone|biodone
medications|methadone|methado
medications|methadone|methadon
medications|methadone|methadona
medications|methadone|methadone
medications|methadone|methadosa
medications|methadone|methadose
medications|methadone|physepton
medications|methadone|physeptona
medications|methadone|physeptone
medications|oxycodone|endon
medications|oxycodone|endona
medications|oxycodone|endone
medications|oxycodone|oxy
medications|oxycodone|oxya
medications|oxycodone|oxycodon
medications|oxycodone|oxycodona
medications|oxycodone|oxycodone
medications|oxycodone|oxycontin
medications|oxycodone|oxycontina
medications|oxycodone|oxycontine
medications|oxycodone|oxye
medications|oxycodone|oxys
medications|oxycodone|oxysa
medications|oxycodone|oxyse
medications|oxycodone|perc
medications|oxycodone|perca
medications|oxycodone|perce
medications|oxycodone|percocet
medications|oxycodone|percoceta
medications|oxycodone|percocete
medications|oxycodone|percsa
medications|oxycodone|percse
medications|oxycodone|targin
medications|oxycodone|targina
medications|oxycodone|targine
medications|disulfiram|antabus
medications|disulfiram|antabusa
medications|disulfiram|antabuse
medications|disulfiram|disulfiram
medications|disulfiram|disulfirama
medications|disulfiram|disulfirame
medications|acamprosate|acamprosat
medications|acamprosate|acamprosata
medications|acamprosate|acamprosate
medications|acamprosate|campral
medications|acamprosate|camprala
medications|acamprosate|camprale
medications|varenicline|champix
medications|varenicline|champixa
medications|varenicline|champixe
medications|varenicline|chantix
medications|varenicline|chantixa
medications|varenicline|chantixe
medications|varenicline|vareniclin
medications|varenicline|vareniclina
medications|varenicline|varenicline
medications|ketamine|esketamin
medications|ketamine|esketamina
medications|ketamine|esketamine
medications|ketamine|ketamin
medications|ketamine|ketamina
medications|ketamine|ketamine
medications|ketamine|spravato
medications|ketamine|spravatoa
medications|ketamine|spravatoe
medications|melatonin|melatonin
medications|melatonin|melatonina
medications|melatonin|melatonine
medications|levothyroxine|levothyroxin
medications|levothyroxine|levothyroxina
medications|levothyroxine|levothyroxine
medications|levothyroxine|synthroid
medications|levothyroxine|synthroida
medications|levothyroxine|synthroide
medications|semaglutide|ozempic
medications|semaglutide|ozempica
medications|semaglutide|ozempice
medications|semaglutide|semaglutid
medications|semaglutide|semaglutida
medications|semaglutide|semaglutide
medications|semaglutide|wegovy
medications|semaglutide|wegovya
medications|semaglutide|wegovye
medications|zaleplon|sonata
medications|zaleplon|sonataa
medications|zaleplon|sonatae
medications|zaleplon|zaleplon
medications|zaleplon|zaleplona
medications|zaleplon|zaleplone
medications|promethazine|phenergan
medications|promethazine|phenergana
medications|promethazine|phenergane
medications|promethazine|promethazin
medications|promethazine|promethazina
medications|promethazine|promethazine
medications|ibuprofen|advil
medications|ibuprofen|advila
medications|ibuprofen|advile
medications|ibuprofen|ibuprofen
medications|ibuprofen|ibuprofena
medications|ibuprofen|ibuprofene
medications|ibuprofen|motrin
medications|ibuprofen|motrina
medications|ibuprofen|motrine
medications|ibuprofen|nurofen
medications|ibuprofen|nurofena
medications|ibuprofen|nurofene
medications|acetaminophen|acetaminophen
medications|acetaminophen|acetaminophena
medications|acetaminophen|acetaminophene
medications|acetaminophen|paracetamol
medications|acetaminophen|paracetamola
medications|acetaminophen|paracetamole
medications|acetaminophen|tylenol
medications|acetaminophen|tylenola
medications|acetaminophen|tylenole
medications|aspirin|asa
medications|aspirin|asaa
medications|aspirin|asae
medications|aspirin|aspirin
medications|aspirin|aspirina
medications|aspirin|aspirine
medications|naproxen|alev
medications|naproxen|aleva
medications|naproxen|aleve
medications|naproxen|naproxen
medications|naproxen|naproxena
medications|naproxen|naproxene
medications|prednisone|prednisolon
medications|prednisone|prednisolona
medications|prednisone|prednisolone
medications|prednisone|prednison
medications|prednisone|prednisona
medications|prednisone|prednisone
medications|metformin|glucophag
medications|metformin|glucophaga
medications|metformin|glucophage
medications|metformin|metformin
medications|metformin|metformina
medications|metformin|metformine
medications|insulin|abasaglar
medications|insulin|abasaglara
medications|insulin|abasaglare
medications|insulin|apidra
medications|insulin|apidraa
medications|insulin|apidrae
medications|insulin|aspart
medications|insulin|asparta
medications|insulin|asparte
medications|insulin|basaglar
medications|insulin|basaglara
medications|insulin|basaglare
medications|insulin|degludec
medications|insulin|degludeca
medications|insulin|degludece
medications|insulin|detemir
medications|insulin|detemira
medications|insulin|detemire
medications|insulin|fiasp
medications|insulin|fiaspa
medications|insulin|fiaspe
medications|insulin|glargin
medications|insulin|glargina
medications|insulin|glargine
medications|insulin|glulisin
medications|insulin|glulisina
medications|insulin|glulisine
medications|insulin|humalog
medications|insulin|humaloga
medications|insulin|humaloge
medications|insulin|humulin
medications|insulin|humulina
medications|insulin|humuline
medications|insulin|insulin
medications|insulin|insulina
medications|insulin|insuline
medications|insulin|lantus
medications|insulin|lantusa
medications|insulin|lantuse
medications|insulin|levemir
medications|insulin|levemira
medications|insulin|levemire
medications|insulin|lispro
medications|insulin|lisproa
medications|insulin|lisproe
medications|insulin|novolog
medications|insulin|novologa
medications|insulin|novologe
medications|insulin|novomix
medications|insulin|novomixa
medications|insulin|novomixe
medications|insulin|novorapid
medications|insulin|novorapida
medications|insulin|novorapide
medications|insulin|optisulin
medications|insulin|optisulina
medications|insulin|optisuline
medications|insulin|semgle
medications|insulin|semglea
medications|insulin|semglee
medications|insulin|toujeo
medications|insulin|toujeoa
medications|insulin|toujeoe
medications|insulin|tresiba
medications|insulin|tresibaa
medications|insulin|tresibae
medications|antidepressant|antidepressant
medications|antidepressant|antidepressanta
medications|antidepressant|antidepressante
medications|antidepressant|snri
medications|antidepressant|snria
medications|antidepressant|snrie
medications|antidepressant|ssri
medications|antidepressant|ssria
medications|antidepressant|ssrie
medications|benzodiazepine|benzo
medications|benzodiazepine|benzoa
medications|benzodiazepine|benzodiazepin
medications|benzodiazepine|benzodiazepina
medications|benzodiazepine|benzodiazepine
medications|benzodiazepine|benzoe
medications|stimulant|stimulant
medications|stimulant|stimulanta
medications|stimulant|stimulante
medications|antipsychotic|antipsychotic
medications|antipsychotic|antipsychotica
medications|antipsychotic|antipsychotice
medications|mood stabiliser|mood stabiliser
medications|mood stabiliser|mood stabilisera
medications|mood stabiliser|mood stabilisere
medications|mood stabiliser|mood stabilizer
medications|mood stabiliser|mood stabilizera
medications|mood stabiliser|mood stabilizere
medications|sleeping pill|sleep pill
medications|sleeping pill|sleep pilla
medications|sleeping pill|sleep pille
medications|sleeping pill|sleep tablet
medications|sleeping pill|sleep tableta
medications|sleeping pill|sleep tablete
medications|sleeping pill|sleeping pill
medications|sleeping pill|sleeping pilla
medications|sleeping pill|sleeping pille
medications|sleeping pill|sleeping tablet
medications|sleeping pill|sleeping tableta
medications|sleeping pill|sleeping tablete
medications|birth control|birth control
medications|birth control|birth controla
medications|birth control|birth controle
medications|birth control|contraceptive pill
medications|birth control|contraceptive pilla
medications|birth control|contraceptive pille
medications|birth control|ocp
medications|birth control|ocpa
medications|birth control|ocpe
medications|birth control|oral contraceptiv
medications|birth control|oral contraceptiva
medications|birth control|oral contraceptive
medications|baclofen|baclofen
medications|baclofen|baclofena
medications|baclofen|baclofene
medications|baclofen|lioresal
medications|baclofen|lioresala
medications|baclofen|lioresale
medications|oxybutynin|ditropan
medications|oxybutynin|ditropana
medications|oxybutynin|ditropane
medications|oxybutynin|oxybutynin
medications|oxybutynin|oxybutynina
medications|oxybutynin|oxybutynine
medications|mycophenolate|cellcept
medications|mycophenolate|cellcepta
medications|mycophenolate|cellcepte
medications|mycophenolate|mycophenolat
medications|mycophenolate|mycophenolata
medications|mycophenolate|mycophenolate
medications|mycophenolate|myfortic
medications|mycophenolate|myfortica
medications|mycophenolate|myfortice
medication_stems|medication_stems|actone
medication_stems|medication_stems|adol
medication_stems|medication_stems|afaxine
medication_stems|medication_stems|alol
medication_stems|medication_stems|apine
medication_stems|medication_stems|asone
medication_stems|medication_stems|azepine
medication_stems|medication_stems|barbital
medication_stems|medication_stems|butamol
medication_stems|medication_stems|clazide
medication_stems|medication_stems|codone
medication_stems|medication_stems|coxib
medication_stems|medication_stems|cycline
medication_stems|medication_stems|dilol
medication_stems|medication_stems|dipine
medication_stems|medication_stems|dopa
medication_stems|medication_stems|dronate
medication_stems|medication_stems|fenac
medication_stems|medication_stems|floxacin
medication_stems|medication_stems|formin
medication_stems|medication_stems|gabalin
medication_stems|medication_stems|gatran
medication_stems|medication_stems|gliflozin
medication_stems|medication_stems|gliptin
medication_stems|medication_stems|glutide
medication_stems|medication_stems|gravir
medication_stems|medication_stems|idogrel
medication_stems|medication_stems|idone
medication_stems|medication_stems|imab
medication_stems|medication_stems|isone
medication_stems|medication_stems|lidomide
medication_stems|medication_stems|lukast
medication_stems|medication_stems|mantine
medication_stems|medication_stems|mepiride
medication_stems|medication_stems|morphone
medication_stems|medication_stems|mycin
medication_stems|medication_stems|navir
medication_stems|medication_stems|olimus
medication_stems|medication_stems|olol
medication_stems|medication_stems|olone
medication_stems|medication_stems|osin
medication_stems|medication_stems|ovir
medication_stems|medication_stems|oxetine
medication_stems|medication_stems|parin
medication_stems|medication_stems|pentin
medication_stems|medication_stems|pezil
medication_stems|medication_stems|pizide
medication_stems|medication_stems|platin
medication_stems|medication_stems|pramine
medication_stems|medication_stems|prazole
medication_stems|medication_stems|pril
medication_stems|medication_stems|profen
medication_stems|medication_stems|racetam
medication_stems|medication_stems|rubicin
medication_stems|medication_stems|sartan
medication_stems|medication_stems|semide
medication_stems|medication_stems|setron
medication_stems|medication_stems|sonide
medication_stems|medication_stems|statin
medication_stems|medication_stems|stigmine
medication_stems|medication_stems|sugrel
medication_stems|medication_stems|taxel
medication_stems|medication_stems|thiazide
medication_stems|medication_stems|tidine
medication_stems|medication_stems|tinib
medication_stems|medication_stems|triptan
medication_stems|medication_stems|triptyline
medication_stems|medication_stems|trozole
medication_stems|medication_stems|umab
medication_stems|medication_stems|xaban
medication_stems|medication_stems|xifen
medication_stems|medication_stems|zepam
medication_stems|medication_stems|zolam
medication_classes|antidepressant|agomelatine
medication_classes|antidepressant|amitriptyline
medication_classes|antidepressant|bupropion
medication_classes|antidepressant|citalopram
medication_classes|antidepressant|clomipramine
medication_classes|antidepressant|desvenlafaxine
medication_classes|antidepressant|doxepin
medication_classes|antidepressant|duloxetine
medication_classes|antidepressant|escitalopram
medication_classes|antidepressant|fluoxetine
medication_classes|antidepressant|fluvoxamine
medication_classes|antidepressant|imipramine
medication_classes|antidepressant|mirtazapine
medication_classes|antidepressant|nortriptyline
medication_classes|antidepressant|paroxetine
medication_classes|antidepressant|phenelzine
medication_classes|antidepressant|sertraline
medication_classes|antidepressant|trazodone
medication_classes|antidepressant|venlafaxine
medication_classes|antidepressant|vilazodone
medication_classes|antidepressant|vortioxetine
medication_classes|antipsychotic|amisulpride
medication_classes|antipsychotic|aripiprazole
medication_classes|antipsychotic|brexpiprazole
medication_classes|antipsychotic|cariprazine
medication_classes|antipsychotic|clozapine
medication_classes|antipsychotic|flupentixol
medication_classes|antipsychotic|haloperidol
medication_classes|antipsychotic|lurasidone
medication_classes|antipsychotic|olanzapine
medication_classes|antipsychotic|paliperidone
medication_classes|antipsychotic|quetiapine
medication_classes|antipsychotic|risperidone
medication_classes|antipsychotic|ziprasidone
medication_classes|antipsychotic|zuclopenthixol
medication_classes|benzodiazepine|alprazolam
medication_classes|benzodiazepine|chlordiazepoxide
medication_classes|benzodiazepine|clonazepam
medication_classes|benzodiazepine|diazepam
medication_classes|benzodiazepine|lorazepam
medication_classes|benzodiazepine|temazepam
medication_classes|stimulant|amphetamine
medication_classes|stimulant|dexmethylphenidate
medication_classes|stimulant|lisdexamfetamine
medication_classes|stimulant|methylphenidate
medication_classes|mood stabiliser|carbamazepine
medication_classes|mood stabiliser|lamotrigine
medication_classes|mood stabiliser|lithium
medication_classes|mood stabiliser|oxcarbazepine
medication_classes|mood stabiliser|valproate
medication_classes|sleeping pill|zaleplon
medication_classes|sleeping pill|zolpidem
medication_classes|sleeping pill|zopiclone
risk_topics|suicide|aatmahatya
risk_topics|suicide|atmahatya
risk_topics|suicide|autoeliminación
risk_topics|suicide|autolític*
risk_topics|suicide|better off dead
risk_topics|suicide|bunuh diri
risk_topics|suicide|c ssrs
risk_topics|suicide|columbia
risk_topics|suicide|cssr
risk_topics|suicide|death wish
risk_topics|suicide|death wishe
risk_topics|suicide|deseo de morir
risk_topics|suicide|end her life
risk_topics|suicide|end his life
risk_topics|suicide|end life
risk_topics|suicide|end my life
risk_topics|suicide|end their life
risk_topics|suicide|end your life
risk_topics|suicide|ending her life
risk_topics|suicide|ending his life
risk_topics|suicide|ending life
risk_topics|suicide|ending my life
risk_topics|suicide|ending own life
risk_topics|suicide|ending their life
risk_topics|suicide|ending your life
risk_topics|suicide|envie de mourir
risk_topics|suicide|gana de morir
risk_topics|suicide|iae
risk_topics|suicide|idea de muerte
risk_topics|suicide|ideación autoeliminatoria
risk_topics|suicide|ideación autolítica
risk_topics|suicide|idee noire
risk_topics|suicide|ids
risk_topics|suicide|idée noire
risk_topics|suicide|intent
risk_topics|suicide|intihar*
risk_topics|suicide|is
risk_topics|suicide|khudkhushi
risk_topics|suicide|khudkushi
risk_topics|suicide|kill herself
risk_topics|suicide|kill himself
risk_topics|suicide|kill myself
risk_topics|suicide|kill themselve
risk_topics|suicide|kill yourself
risk_topics|suicide|kujiua
risk_topics|suicide|lebensmüd*
risk_topics|suicide|magpakamatay
risk_topics|suicide|nagpakamatay
risk_topics|suicide|od
risk_topics|suicide|overdose
risk_topics|suicide|overdosed
risk_topics|suicide|pagpapakamatay
risk_topics|suicide|passive death wish
risk_topics|suicide|pensamiento de muerte
risk_topics|suicide|pensée de mort
risk_topics|suicide|samob*
risk_topics|suicide|sg
risk_topics|suicide|si
risk_topics|suicide|sinucid*
risk_topics|suicide|självmord*
risk_topics|suicide|suicid*
risk_topics|suicide|suicidari*
risk_topics|suicide|suizid*
risk_topics|suicide|thought of death
risk_topics|suicide|thought of dying
risk_topics|suicide|todeswunsch*
risk_topics|suicide|todeswünsch*
risk_topics|suicide|tự sát
risk_topics|suicide|tự tử
risk_topics|suicide|want to die
risk_topics|suicide|wish to die
risk_topics|suicide|αυτοκτον*
risk_topics|suicide|самогубств*
risk_topics|suicide|самоубийств*
risk_topics|suicide|суицид*
risk_topics|suicide|суїцид*
risk_topics|suicide|אובדנ*
risk_topics|suicide|התאבד*
risk_topics|suicide|الانتحار*
risk_topics|suicide|انتحار*
risk_topics|suicide|خودکشی*
risk_topics|suicide|आत्महत्या*
risk_topics|suicide|ख़ुदकुशी*
risk_topics|suicide|खुदकुशी*
risk_topics|suicide|ฆ่าตัวตาย*
risk_topics|suicide|希死念慮*
risk_topics|suicide|死にたい*
risk_topics|suicide|自杀*
risk_topics|suicide|自殺*
risk_topics|suicide|輕生*
risk_topics|suicide|轻生*
risk_topics|suicide|자살*
risk_topics|homicide|agredir a otro
risk_topics|homicide|andere verletzen
risk_topics|homicide|anderen schaden
risk_topics|homicide|danger to other
risk_topics|homicide|dañar a otro
risk_topics|homicide|daño a otro
risk_topics|homicide|fremdgefährd*
risk_topics|homicide|harm other
risk_topics|homicide|harm to other
risk_topics|homicide|harming other
risk_topics|homicide|heteroagresiv*
risk_topics|homicide|hi
risk_topics|homicide|homicid*
risk_topics|homicide|hurt her
risk_topics|homicide|hurt him
risk_topics|homicide|hurt other
risk_topics|homicide|hurting other
risk_topics|homicide|hétéro agressive
risk_topics|homicide|hétéro agressivité
risk_topics|homicide|hétéroagressi*
risk_topics|homicide|ih
risk_topics|homicide|intent to hurt
risk_topics|homicide|intent to kill
risk_topics|homicide|kill her
risk_topics|homicide|kill him
risk_topics|homicide|lastimar a otro
risk_topics|homicide|mal aux autre
risk_topics|homicide|mal à autrui
risk_topics|homicide|risk to other
risk_topics|homicide|threat to kill
risk_topics|homicide|threatened to kill
risk_topics|homicide|threatening to kill
risk_topics|self-harm|antecedente autolítico
risk_topics|self-harm|autoagresi*
risk_topics|self-harm|autole*
risk_topics|self-harm|autolesion*
risk_topics|self-harm|automutilatie
risk_topics|self-harm|automutilation
risk_topics|self-harm|autovătămar*
risk_topics|self-harm|conducta autolítica
risk_topics|self-harm|cortarse
risk_topics|self-harm|cut herself
risk_topics|self-harm|cut himself
risk_topics|self-harm|cut themselve
risk_topics|self-harm|cuts
risk_topics|self-harm|cutting
risk_topics|self-harm|dañarse
risk_topics|self-harm|dañarte
risk_topics|self-harm|deliberate self harm
risk_topics|self-harm|dich verletzen
risk_topics|self-harm|dsh
risk_topics|self-harm|geritzt
risk_topics|self-harm|hacerme daño
risk_topics|self-harm|hacerse daño
risk_topics|self-harm|hacerte daño
risk_topics|self-harm|harm myself
risk_topics|self-harm|harm self
risk_topics|self-harm|harm to herself
risk_topics|self-harm|harm to himself
risk_topics|self-harm|harm to myself
risk_topics|self-harm|harm to self
risk_topics|self-harm|harm to themselve
risk_topics|self-harm|harm to yourself
risk_topics|self-harm|harm yourself
risk_topics|self-harm|harming herself
risk_topics|self-harm|harming himself
risk_topics|self-harm|harming myself
risk_topics|self-harm|harming self
risk_topics|self-harm|harming themselve
risk_topics|self-harm|harming yourself
risk_topics|self-harm|hunan niwed
risk_topics|self-harm|hurt herself
risk_topics|self-harm|hurt himself
risk_topics|self-harm|hurt myself
risk_topics|self-harm|hurt self
risk_topics|self-harm|hurt themselve
risk_topics|self-harm|hurt yourself
risk_topics|self-harm|hurting herself
risk_topics|self-harm|hurting himself
risk_topics|self-harm|hurting myself
risk_topics|self-harm|hurting self
risk_topics|self-harm|hurting themselve
risk_topics|self-harm|hurting yourself
risk_topics|self-harm|kendine zarar
risk_topics|self-harm|kendini yaralama
risk_topics|self-harm|kujidhuru
risk_topics|self-harm|lastimarme
risk_topics|self-harm|lastimarse
risk_topics|self-harm|lastimarte
risk_topics|self-harm|me blesser
risk_topics|self-harm|me faire du mal
risk_topics|self-harm|melukai diri
risk_topics|self-harm|mich verletzen
risk_topics|self-harm|nssi
risk_topics|self-harm|pananakit sa sarili
risk_topics|self-harm|ritzen
risk_topics|self-harm|ritzt
risk_topics|self-harm|samookalecz*
risk_topics|self-harm|scarification
risk_topics|self-harm|se blesser
risk_topics|self-harm|se faire du mal
risk_topics|self-harm|selbstverletz*
risk_topics|self-harm|self harm
risk_topics|self-harm|self harming
risk_topics|self-harm|self inflicted
risk_topics|self-harm|self injuring
risk_topics|self-harm|self injurious
risk_topics|self-harm|self injury
risk_topics|self-harm|sh
risk_topics|self-harm|sich verletzen
risk_topics|self-harm|självskad*
risk_topics|self-harm|sv
risk_topics|self-harm|svv
risk_topics|self-harm|te blesser
risk_topics|self-harm|te faire du mal
risk_topics|self-harm|tự hại
risk_topics|self-harm|tự làm hại
risk_topics|self-harm|zelfbeschadig*
risk_topics|self-harm|zelfverwond*
risk_topics|self-harm|αυτοκαταστροφ*
risk_topics|self-harm|αυτοτραυματισ*
risk_topics|self-harm|самоповрежд*
risk_topics|self-harm|самоушкодж*
risk_topics|self-harm|פגיעה עצמית
risk_topics|self-harm|إيذاء النفس
risk_topics|self-harm|خودآزاری*
risk_topics|self-harm|आत्म हानि
risk_topics|self-harm|खुद को नुकसान
risk_topics|self-harm|リストカット*
risk_topics|self-harm|自伤*
risk_topics|self-harm|自傷*
risk_topics|self-harm|自残*
risk_topics|self-harm|自殘*
risk_topics|self-harm|자해*
risk_topics|safety concerns|inquiétude de sécurité
risk_topics|safety concerns|inquiétude pour sa sécurité
risk_topics|safety concerns|preocupacione de seguridad
risk_topics|safety concerns|preocupacione por su seguridad
risk_topics|safety concerns|preocupación de seguridad
risk_topics|safety concerns|preocupazioni per la sicurezza
risk_topics|safety concerns|preocupaçõe de segurança
risk_topics|safety concerns|préoccupation de sécurité
risk_topics|safety concerns|préoccupation pour sa sécurité
risk_topics|safety concerns|safeguarding concern
risk_topics|safety concerns|safety concern
risk_topics|safety concerns|sicherheitsbedenken
risk_topics|means safety|arma
risk_topics|means safety|arma de fuego
risk_topics|means safety|arme
risk_topics|means safety|arme à feu
risk_topics|means safety|bajo llave
risk_topics|means safety|blade
risk_topics|means safety|cuchilla
risk_topics|means safety|firearm
risk_topics|means safety|gun
risk_topics|means safety|guns
risk_topics|means safety|handgun
risk_topics|means safety|lame de rasoir
risk_topics|means safety|lethal mean
risk_topics|means safety|ligature
risk_topics|means safety|lock box
risk_topics|means safety|lock up
risk_topics|means safety|lockbox
risk_topics|means safety|locked away the medication
risk_topics|means safety|locked away the meds
risk_topics|means safety|locked box
risk_topics|means safety|locked the medication
risk_topics|means safety|locked the meds
risk_topics|means safety|locked up
risk_topics|means safety|locking up
risk_topics|means safety|mean restriction
risk_topics|means safety|mean safety
risk_topics|means safety|medication locked
risk_topics|means safety|medicine locked
risk_topics|means safety|meds locked
risk_topics|means safety|navaja
risk_topics|means safety|pistol
risk_topics|means safety|rasierklingen
risk_topics|means safety|razor
risk_topics|means safety|razor blade
risk_topics|means safety|revolver
risk_topics|means safety|rifle
risk_topics|means safety|sharp
risk_topics|means safety|shotgun
risk_topics|means safety|sous clé
risk_topics|means safety|verschlossen
risk_topics|means safety|waffe
risk_topics|means safety|waffen
risk_topics|means safety|weapon
risk_topics|means safety|weggeschlossen
risk_topics|safety plan|crisis card
risk_topics|safety plan|crisis plan
risk_topics|safety plan|emergency plan
risk_topics|safety plan|krisenplan
risk_topics|safety plan|notfallplan
risk_topics|safety plan|plan de crisis
risk_topics|safety plan|plan de crize
risk_topics|safety plan|plan de seguridad
risk_topics|safety plan|plan de sécurité
risk_topics|safety plan|safety plan
risk_topics|safety plan|safety planning
risk_topics|safety plan|sicherheitsplan
risk_topics|emergency care|112
risk_topics|emergency care|911
risk_topics|emergency care|999
risk_topics|emergency care|a e
risk_topics|emergency care|ed
risk_topics|emergency care|emergency department
risk_topics|emergency care|emergency room
risk_topics|emergency care|emergency service
risk_topics|emergency care|er
risk_topics|crisis line|024
risk_topics|crisis line|3114
risk_topics|crisis line|988
risk_topics|crisis line|beyond blue
risk_topics|crisis line|childline
risk_topics|crisis line|crisis line
risk_topics|crisis line|crisis number
risk_topics|crisis line|crisis text line
risk_topics|crisis line|dargeboten*
risk_topics|crisis line|fil santé jeune
risk_topics|crisis line|help line
risk_topics|crisis line|helpline
risk_topics|crisis line|hotline
risk_topics|crisis line|kids helpline
risk_topics|crisis line|kindernotruf
risk_topics|crisis line|krisentelefon
risk_topics|crisis line|lifeline
risk_topics|crisis line|ligne d écoute
risk_topics|crisis line|ligne de crize
risk_topics|crisis line|línea 106
risk_topics|crisis line|línea de crisis
risk_topics|crisis line|línea de la vida
risk_topics|crisis line|nummer gegen kummer
risk_topics|crisis line|rat auf draht
risk_topics|crisis line|sadag
risk_topics|crisis line|samaritan
risk_topics|crisis line|sos amitié
risk_topics|crisis line|suicide hotline
risk_topics|crisis line|suicide prevention hotline
risk_topics|crisis line|suicide prevention lifeline
risk_topics|crisis line|suicide prevention line
risk_topics|crisis line|telefonseelsorge
risk_topics|crisis line|teléfono de la esperanza
risk_topics|crisis line|victim service
risk_topics|crisis line|victim support
risk_topics|crisis line|zelfmoordpreventie
risk_screens|risk|riesgo
risk_screens|risk|risiko
risk_screens|risk|risk
risk_screens|risk|risque
risk_screens|risk|suicide risk
risk_screens|violence|domestic abuse
risk_screens|violence|domestic violence
risk_screens|violence|dv
risk_screens|violence|häusliche gewalt
risk_screens|violence|intimate partner violence
risk_screens|violence|ipv
risk_screens|violence|partner violence
risk_screens|violence|physical violence
risk_screens|violence|violence conjugale
risk_screens|violence|violencia de género
risk_screens|violence|violencia doméstica
risk_negations|risk_negations|absence
risk_negations|risk_negations|absent
risk_negations|risk_negations|anakanusha
risk_negations|risk_negations|aren
risk_negations|risk_negations|aucun
risk_negations|risk_negations|aucune
risk_negations|risk_negations|ausencia
risk_negations|risk_negations|ausência
risk_negations|risk_negations|brak
risk_negations|risk_negations|denie
risk_negations|risk_negations|denied
risk_negations|risk_negations|deny
risk_negations|risk_negations|denying
risk_negations|risk_negations|didn
risk_negations|risk_negations|doesn
risk_negations|risk_negations|förnekar
risk_negations|risk_negations|fără
risk_negations|risk_negations|geen
risk_negations|risk_negations|hadn
risk_negations|risk_negations|hakuna
risk_negations|risk_negations|hapana
risk_negations|risk_negations|hasn
risk_negations|risk_negations|haven
risk_negations|risk_negations|inga
risk_negations|risk_negations|ingen
risk_negations|risk_negations|instead
risk_negations|risk_negations|inte
risk_negations|risk_negations|isn
risk_negations|risk_negations|itinanggi
risk_negations|risk_negations|kein
risk_negations|risk_negations|keine
risk_negations|risk_negations|không
risk_negations|risk_negations|menyangkal
risk_negations|risk_negations|neaga
risk_negations|risk_negations|neagă
risk_negations|risk_negations|neg
risk_negations|risk_negations|nega
risk_negations|risk_negations|negada
risk_negations|risk_negations|negado
risk_negations|risk_negations|negano
risk_negations|risk_negations|negata
risk_negations|risk_negations|negate
risk_negations|risk_negations|negati
risk_negations|risk_negations|negativ
risk_negations|risk_negations|negative
risk_negations|risk_negations|negato
risk_negations|risk_negations|negou
risk_negations|risk_negations|negó
risk_negations|risk_negations|neither
risk_negations|risk_negations|nenhum
risk_negations|risk_negations|nenhuma
risk_negations|risk_negations|nessun
risk_negations|risk_negations|nessuna
risk_negations|risk_negations|nessuno
risk_negations|risk_negations|never
risk_negations|risk_negations|ni
risk_negations|risk_negations|nicht
risk_negations|risk_negations|nie
risk_negations|risk_negations|niega
risk_negations|risk_negations|niegan
risk_negations|risk_negations|nient
risk_negations|risk_negations|niet
risk_negations|risk_negations|nil
risk_negations|risk_negations|ninguna
risk_negations|risk_negations|ninguno
risk_negations|risk_negations|ningún
risk_negations|risk_negations|nié
risk_negations|risk_negations|niée
risk_negations|risk_negations|no
risk_negations|risk_negations|non
risk_negations|risk_negations|none
risk_negations|risk_negations|nor
risk_negations|risk_negations|not
risk_negations|risk_negations|nu
risk_negations|risk_negations|não
risk_negations|risk_negations|négatif
risk_negations|risk_negations|négative
risk_negations|risk_negations|ontkent
risk_negations|risk_negations|pas
risk_negations|risk_negations|phủ nhận
risk_negations|risk_negations|rather
risk_negations|risk_negations|sin
risk_negations|risk_negations|tidak
risk_negations|risk_negations|verneint
risk_negations|risk_negations|wala
risk_negations|risk_negations|wasn
risk_negations|risk_negations|weder
risk_negations|risk_negations|weren
risk_negations|risk_negations|without
risk_negations|risk_negations|yok
risk_negations|risk_negations|zaprzecza
risk_negations|risk_negations|לא
risk_negations|risk_negations|שולל*
risk_negations|risk_negations|تنفي
risk_negations|risk_negations|لا
risk_negations|risk_negations|نفت
risk_negations|risk_negations|نفى
risk_negations|risk_negations|ينفي
risk_negations|risk_negations|नही
risk_negations|risk_negations|नहीं
risk_negations|risk_negations|否認*
risk_negations|risk_negations|否认*
risk_negations|risk_negations|无
risk_negations|risk_negations|沒有
risk_negations|risk_negations|没有
risk_negations|risk_negations|無
risk_negations|risk_negations|부인*
risk_negations|risk_negations|없고
risk_negations|risk_negations|없다
risk_negations|risk_negations|없음
risk_levels|low|baja
risk_levels|low|bajo
risk_levels|low|faible
risk_levels|low|gering
risk_levels|low|low
risk_levels|low|niedrig
risk_levels|moderate|mittel
risk_levels|moderate|mittlere
risk_levels|moderate|moderada
risk_levels|moderate|moderado
risk_levels|moderate|moderate
risk_levels|moderate|modéré
risk_levels|moderate|modérée
risk_levels|high|alta
risk_levels|high|alto
risk_levels|high|high
risk_levels|high|hoch
risk_levels|high|hohe
risk_levels|high|élevé
risk_levels|high|élevée
risk_levels|imminent|akut
risk_levels|imminent|imminent
risk_levels|imminent|inminente
eating_context|eating_context|an bp
eating_context|eating_context|an r
eating_context|eating_context|anorexia
eating_context|eating_context|anorexic
eating_context|eating_context|arfid
eating_context|eating_context|binge
eating_context|eating_context|binged
eating_context|eating_context|bingeing
eating_context|eating_context|binging
eating_context|eating_context|bmi
eating_context|eating_context|body checking
eating_context|eating_context|body image
eating_context|eating_context|bulimia
eating_context|eating_context|bulimic
eating_context|eating_context|compensatory
eating_context|eating_context|dietician
eating_context|eating_context|dietitian
eating_context|eating_context|eat 26
eating_context|eating_context|eating disorder
eating_context|eating_context|ebw
eating_context|eating_context|ede q
eating_context|eating_context|edeq
eating_context|eating_context|family based treatment
eating_context|eating_context|fbt
eating_context|eating_context|fear food
eating_context|eating_context|laxative
eating_context|eating_context|maudsley
eating_context|eating_context|mbmi
eating_context|eating_context|meal plan
eating_context|eating_context|meal support
eating_context|eating_context|nutritionist
eating_context|eating_context|purge
eating_context|eating_context|purged
eating_context|eating_context|purging
eating_context|eating_context|refeeding
eating_context|eating_context|scoff
eating_context|eating_context|vomiting
eating_context|eating_context|weigh in
eating_context|eating_context|weigh ins
eating_context|eating_context|weight restoration
erectile_context|erectile_context|alprostadil
erectile_context|erectile_context|avanafil
erectile_context|erectile_context|cialis
erectile_context|erectile_context|erectile
erectile_context|erectile_context|erection
erectile_context|erectile_context|iief
erectile_context|erectile_context|iief 5
erectile_context|erectile_context|premature ejaculation
erectile_context|erectile_context|psychosexual
erectile_context|erectile_context|sensate focus
erectile_context|erectile_context|sildenafil
erectile_context|erectile_context|spectatoring
erectile_context|erectile_context|tadalafil
erectile_context|erectile_context|vardenafil
erectile_context|erectile_context|viagra
body_parts|body_parts|ankle
body_parts|body_parts|antebrazo
body_parts|body_parts|arm
body_parts|body_parts|arme
body_parts|body_parts|arms
body_parts|body_parts|avant bras
body_parts|body_parts|bras
body_parts|body_parts|brazo
body_parts|body_parts|chest
body_parts|body_parts|cuisse
body_parts|body_parts|forearm
body_parts|body_parts|hand
body_parts|body_parts|handgelenk
body_parts|body_parts|hip
body_parts|body_parts|hips
body_parts|body_parts|leg
body_parts|body_parts|legs
body_parts|body_parts|muslo
body_parts|body_parts|muñeca
body_parts|body_parts|oberschenkel
body_parts|body_parts|pierna
body_parts|body_parts|poignet
body_parts|body_parts|shoulder
body_parts|body_parts|skin
body_parts|body_parts|stomach
body_parts|body_parts|thigh
body_parts|body_parts|unterarm
body_parts|body_parts|unterarme
body_parts|body_parts|wrist
cut_back_objects|cut_back_objects|alcohol
cut_back_objects|cut_back_objects|beer
cut_back_objects|cut_back_objects|booze
cut_back_objects|cut_back_objects|caffeine
cut_back_objects|cut_back_objects|calorie
cut_back_objects|cut_back_objects|cannabis
cut_back_objects|cut_back_objects|carb
cut_back_objects|cut_back_objects|cigarette
cut_back_objects|cut_back_objects|cigs
cut_back_objects|cut_back_objects|class
cut_back_objects|cut_back_objects|classe
cut_back_objects|cut_back_objects|coffee
cut_back_objects|cut_back_objects|contact
cut_back_objects|cut_back_objects|corner
cut_back_objects|cut_back_objects|dairy
cut_back_objects|cut_back_objects|drink
cut_back_objects|cut_back_objects|drinking
cut_back_objects|cut_back_objects|gluten
cut_back_objects|cut_back_objects|hour
cut_back_objects|cut_back_objects|junk
cut_back_objects|cut_back_objects|meat
cut_back_objects|cut_back_objects|nicotine
cut_back_objects|cut_back_objects|portion
cut_back_objects|cut_back_objects|school
cut_back_objects|cut_back_objects|screen
cut_back_objects|cut_back_objects|shift
cut_back_objects|cut_back_objects|smoking
cut_back_objects|cut_back_objects|snack
cut_back_objects|cut_back_objects|spending
cut_back_objects|cut_back_objects|sugar
cut_back_objects|cut_back_objects|ties
cut_back_objects|cut_back_objects|vaping
cut_back_objects|cut_back_objects|weed
cut_back_objects|cut_back_objects|weekday
cut_back_objects|cut_back_objects|weekend
cut_back_objects|cut_back_objects|wine
not_a_term_followed_by|cps|constable
not_a_term_followed_by|cps|cst
not_a_term_followed_by|cps|officer
not_a_term_followed_by|die|at
not_a_term_followed_by|die|comfortably
not_a_term_followed_by|die|in
not_a_term_followed_by|die|peacefully
not_a_term_followed_by|die|surrounded
not_a_term_followed_by|die|with
not_a_term_followed_by|suicide|helpline
not_a_term_followed_by|suicide|hotline
not_a_term_followed_by|suicide|lifeline
not_a_term_followed_by|suicide|prevention
not_a_term_followed_by|safety|plan
not_a_term_followed_by|safety|planning
not_a_term_after|no|contact
not_a_term_after|no|crisisline
not_a_term_after|no|helpline
not_a_term_after|no|hotline
not_a_term_after|no|line
not_a_term_after|no|mobile
not_a_term_after|no|phone
not_a_term_after|no|tel
not_a_term_after|columbia|british
not_a_term_after|columbia|of
homework_triggers|english|assigned
homework_triggers|english|between session
homework_triggers|english|home work
homework_triggers|english|homework
homework_triggers|english|hw
homework_triggers|other language|debere
homework_triggers|other language|devoir
homework_triggers|other language|exercice
homework_triggers|other language|hausaufgabe*
homework_triggers|other language|hausübung*
homework_triggers|other language|tarea
homework_triggers|other language|übung*
homework_lead_verbs|homework_lead_verbs|assignment
homework_lead_verbs|homework_lead_verbs|complete
homework_lead_verbs|homework_lead_verbs|practice
homework_lead_verbs|homework_lead_verbs|practize
homework_lead_verbs|homework_lead_verbs|task
homework_labels|other language|compiti
homework_labels|other language|ha
homework_labels|other language|hemuppgift
homework_labels|other language|huiswerk
homework_labels|other language|praca domowa
homework_labels|other language|tpc
homework_labels|other language|zad dom
homework_labels|other language|zadanie domowe
homework_labels|other language|ödev
homework_labels|other language|εργασία
homework_labels|other language|εργασίες
homework_labels|other language|作业*
homework_labels|other language|作業*
homework_labels|other language|宿題*
homework_labels|other language|課題*
homework_labels|other language|과제*
homework_labels|other language|숙제*
homework_markers|homework_markers|agreed
homework_markers|homework_markers|assign
homework_markers|homework_markers|assigned
homework_markers|homework_markers|assignment
homework_markers|homework_markers|at home
homework_markers|homework_markers|before next
homework_markers|homework_markers|before the next
homework_markers|homework_markers|between session
homework_markers|homework_markers|coming week
homework_markers|homework_markers|daily
homework_markers|homework_markers|devoir
homework_markers|homework_markers|each day
homework_markers|homework_markers|every day
homework_markers|homework_markers|hausaufgabe
homework_markers|homework_markers|homework
homework_markers|homework_markers|hw
homework_markers|homework_markers|nightly
homework_markers|homework_markers|over the week
homework_markers|homework_markers|practice
homework_markers|homework_markers|practize
homework_markers|homework_markers|tarea
homework_markers|homework_markers|task
homework_markers|homework_markers|this week
homework_markers|homework_markers|try
homework_markers|homework_markers|until next
homework_markers|homework_markers|will
homework_review_words|homework_review_words|besprochen
homework_review_words|homework_review_words|checked
homework_review_words|homework_review_words|completed
homework_review_words|homework_review_words|completó
homework_review_words|homework_review_words|did
homework_review_words|homework_review_words|didn t
homework_review_words|homework_review_words|discussed
homework_review_words|homework_review_words|done
homework_review_words|homework_review_words|erledigt
homework_review_words|homework_review_words|fait
homework_review_words|homework_review_words|fini
homework_review_words|homework_review_words|forgot
homework_review_words|homework_review_words|gemacht
homework_review_words|homework_review_words|hizo
homework_review_words|homework_review_words|incomplete
homework_review_words|homework_review_words|keine
homework_review_words|homework_review_words|nada
homework_review_words|homework_review_words|no
homework_review_words|homework_review_words|none
homework_review_words|homework_review_words|not
homework_review_words|homework_review_words|partial
homework_review_words|homework_review_words|partially
homework_review_words|homework_review_words|review
homework_review_words|homework_review_words|reviewed
homework_review_words|homework_review_words|revisamo
homework_review_words|homework_review_words|revisó
homework_review_words|homework_review_words|revu
homework_review_words|homework_review_words|revue
homework_review_words|homework_review_words|rien
homework_review_words|homework_review_words|skipped
homework_review_words|homework_review_words|went over
homework_activities|thought record|gedankenprotokoll
homework_activities|thought record|registre de pensée
homework_activities|thought record|registro de pensamiento
homework_activities|thought record|thought record
homework_activities|thought record|tr
homework_activities|behavioural activation|activity schedule
homework_activities|behavioural activation|activity scheduling
homework_activities|behavioural activation|ba
homework_activities|behavioural activation|behavioral activation
homework_activities|behavioural activation|behavioural activation
homework_activities|behavioural experiment|behavioral experiment
homework_activities|behavioural experiment|behavioural experiment
homework_activities|behavioural experiment|experimento conductual
homework_activities|behavioural experiment|expérience comportementale
homework_activities|behavioural experiment|verhaltensexperiment*
homework_activities|exposure|erp
homework_activities|exposure|exposición
homework_activities|exposure|exposition
homework_activities|exposure|exposition*
homework_activities|exposure|expositionsübung*
homework_activities|exposure|exposure
homework_activities|mood log|diario de humor
homework_activities|mood log|diario de ánimo
homework_activities|mood log|journal d humeur
homework_activities|mood log|journal de l humeur
homework_activities|mood log|mood chart
homework_activities|mood log|mood charting
homework_activities|mood log|mood diary
homework_activities|mood log|mood journal
homework_activities|mood log|mood log
homework_activities|mood log|mood tracker
homework_activities|mood log|mood tracking
homework_activities|mood log|registro de ánimo
homework_activities|mood log|stimmungsprotokoll
homework_activities|mood log|stimmungstagebuch
homework_activities|sleep diary|agenda du sommeil
homework_activities|sleep diary|diario de sueño
homework_activities|sleep diary|schlaftagebuch
homework_activities|sleep diary|sleep diary
homework_activities|sleep diary|sleep log
homework_activities|worry log|worry diary
homework_activities|worry log|worry log
homework_activities|worry log|worry time
homework_activities|diary card|diary card
homework_activities|pmr|pmr
homework_activities|pmr|progressive muscle relaxation
homework_activities|pmr|progressive relaxation
homework_activities|mindfulness|achtsamkeit*
homework_activities|mindfulness|atención plena
homework_activities|mindfulness|mindfulness
homework_activities|mindfulness|pleine conscience
homework_activities|grounding|5 4 3 2 1
homework_activities|grounding|anclaje
homework_activities|grounding|ancrage
homework_activities|grounding|erdung
homework_activities|grounding|grounding
homework_activities|breathing|atemübung*
homework_activities|breathing|box breathing
homework_activities|breathing|breathing
homework_activities|breathing|respiración
homework_activities|breathing|respiration
homework_activities|journaling|diarie
homework_activities|journaling|diario de
homework_activities|journaling|diario emocional
homework_activities|journaling|diary
homework_activities|journaling|journal
homework_activities|journaling|journal de bord
homework_activities|journaling|journaling
homework_activities|journaling|journalling
homework_activities|journaling|log
homework_activities|journaling|logbook
homework_activities|journaling|logs
homework_activities|journaling|protokoll
homework_activities|journaling|record
homework_activities|journaling|registro
homework_activities|journaling|self monitoring
homework_activities|journaling|tagebuch
homework_activities|journaling|tracker
homework_activities|journaling|un diario
not_measures|not_measures|a1c
not_measures|not_measures|admit
not_measures|not_measures|age
not_measures|not_measures|alt
not_measures|not_measures|ast
not_measures|not_measures|bac
not_measures|not_measures|bal
not_measures|not_measures|bp
not_measures|not_measures|cbd
not_measures|not_measures|date
not_measures|not_measures|day
not_measures|not_measures|dob
not_measures|not_measures|dose
not_measures|not_measures|ecg
not_measures|not_measures|eeg
not_measures|not_measures|ekg
not_measures|not_measures|etoh
not_measures|not_measures|floor
not_measures|not_measures|gcs
not_measures|not_measures|ggt
not_measures|not_measures|ghb
not_measures|not_measures|goal
not_measures|not_measures|grade
not_measures|not_measures|hba1c
not_measures|not_measures|hdl
not_measures|not_measures|height
not_measures|not_measures|hr
not_measures|not_measures|inr
not_measures|not_measures|item
not_measures|not_measures|ldl
not_measures|not_measures|level
not_measures|not_measures|lsd
not_measures|not_measures|mcv
not_measures|not_measures|mdma
not_measures|not_measures|month
not_measures|not_measures|next
not_measures|not_measures|o2
not_measures|not_measures|page
not_measures|not_measures|phase
not_measures|not_measures|pod
not_measures|not_measures|review
not_measures|not_measures|room
not_measures|not_measures|rr
not_measures|not_measures|session
not_measures|not_measures|sex
not_measures|not_measures|spo2
not_measures|not_measures|stage
not_measures|not_measures|step
not_measures|not_measures|thc
not_measures|not_measures|time
not_measures|not_measures|tsh
not_measures|not_measures|type
not_measures|not_measures|uda
not_measures|not_measures|uds
not_measures|not_measures|unit
not_measures|not_measures|visit
not_measures|not_measures|wbc
not_measures|not_measures|week
not_measures|not_measures|weight
not_measures|not_measures|year
letter_actions|letter_actions|brief
letter_actions|letter_actions|carta
letter_actions|letter_actions|courrier
letter_actions|letter_actions|letter
letter_actions|letter_actions|lettre
letter_openings|letter_openings|beste
letter_openings|letter_openings|bonjour
letter_openings|letter_openings|cara
letter_openings|letter_openings|caro
letter_openings|letter_openings|cher
letter_openings|letter_openings|chère
letter_openings|letter_openings|dear
letter_openings|letter_openings|egregia
letter_openings|letter_openings|egregio
letter_openings|letter_openings|estimada
letter_openings|letter_openings|estimado
letter_openings|letter_openings|geachte
letter_openings|letter_openings|gentile
letter_openings|letter_openings|gentilissima
letter_openings|letter_openings|gentilissimo
letter_openings|letter_openings|greeting
letter_openings|letter_openings|hello
letter_openings|letter_openings|hola
letter_openings|letter_openings|kia ora
letter_openings|letter_openings|liebe
letter_openings|letter_openings|lieber
letter_openings|letter_openings|madame
letter_openings|letter_openings|monsieur
letter_openings|letter_openings|prezada
letter_openings|letter_openings|prezado
letter_openings|letter_openings|querida
letter_openings|letter_openings|querido
letter_openings|letter_openings|sehr geehrte
letter_openings|letter_openings|sehr geehrter
letter_openings|letter_openings|to whom it may concern
referral_verbs|english|coordinate
referral_verbs|english|coordinated
referral_verbs|english|liaize
referral_verbs|english|liaized
referral_verbs|english|ref
referral_verbs|english|refer
referral_verbs|english|referral
referral_verbs|english|referred
referral_verbs|english|referring
referral_verbs|other language|adressé
referral_verbs|other language|adressée
referral_verbs|other language|angemeldet
referral_verbs|other language|anmeldung
referral_verbs|other language|deriva
referral_verbs|other language|derivación
referral_verbs|other language|derivada
referral_verbs|other language|derivado
referral_verbs|other language|derivamo
referral_verbs|other language|derivo
referral_verbs|other language|derivé
referral_verbs|other language|dirujuk
referral_verbs|other language|rufaa
referral_verbs|other language|rujukan
referral_verbs|other language|référé
referral_verbs|other language|référée
referral_verbs|other language|skierowana
referral_verbs|other language|skierowanie
referral_verbs|other language|skierowany
referral_verbs|other language|trimitere
referral_verbs|other language|vermittelt
referral_verbs|other language|vermittlung
referral_verbs|other language|überweisung
referral_verbs|other language|überwiesen
referral_verbs|other language|παραπομπή
referral_verbs|other language|紹介*
referral_verbs|other language|轉介*
referral_verbs|other language|转介*
referral_verbs|other language|의뢰*
referral_actions|referral_actions|adressé
referral_actions|referral_actions|adressée
referral_actions|referral_actions|angemeldet
referral_actions|referral_actions|angerufen
referral_actions|referral_actions|anmeldung
referral_actions|referral_actions|anrufen
referral_actions|referral_actions|appeler
referral_actions|referral_actions|appelle
referral_actions|referral_actions|appellera
referral_actions|referral_actions|appelé
referral_actions|referral_actions|appelée
referral_actions|referral_actions|call
referral_actions|referral_actions|called
referral_actions|referral_actions|consult
referral_actions|referral_actions|consultation
referral_actions|referral_actions|consulted
referral_actions|referral_actions|contact
referral_actions|referral_actions|contacta
referral_actions|referral_actions|contactar
referral_actions|referral_actions|contactará
referral_actions|referral_actions|contacte
referral_actions|referral_actions|contacted
referral_actions|referral_actions|contacter
referral_actions|referral_actions|contactera
referral_actions|referral_actions|contacté
referral_actions|referral_actions|contactée
referral_actions|referral_actions|contactó
referral_actions|referral_actions|coordinate
referral_actions|referral_actions|coordinated
referral_actions|referral_actions|coordination
referral_actions|referral_actions|deriva
referral_actions|referral_actions|derivación
referral_actions|referral_actions|derivada
referral_actions|referral_actions|derivado
referral_actions|referral_actions|derivamo
referral_actions|referral_actions|derivar
referral_actions|referral_actions|derivo
referral_actions|referral_actions|derivé
referral_actions|referral_actions|dirujuk
referral_actions|referral_actions|email
referral_actions|referral_actions|emailed
referral_actions|referral_actions|f u with
referral_actions|referral_actions|faxed
referral_actions|referral_actions|informed
referral_actions|referral_actions|kontaktieren
referral_actions|referral_actions|kontaktiert
referral_actions|referral_actions|liaison
referral_actions|referral_actions|liaize
referral_actions|referral_actions|liaized
referral_actions|referral_actions|llamar
referral_actions|referral_actions|llamará
referral_actions|referral_actions|llamó
referral_actions|referral_actions|messaged
referral_actions|referral_actions|met with
referral_actions|referral_actions|notified
referral_actions|referral_actions|orientation
referral_actions|referral_actions|orienté
referral_actions|referral_actions|orientée
referral_actions|referral_actions|phoned
referral_actions|referral_actions|rang
referral_actions|referral_actions|ref
referral_actions|referral_actions|refer
referral_actions|referral_actions|referral
referral_actions|referral_actions|referred
referral_actions|referral_actions|referring
referral_actions|referral_actions|release
referral_actions|referral_actions|release of information
referral_actions|referral_actions|roi
referral_actions|referral_actions|rufaa
referral_actions|referral_actions|rujukan
referral_actions|referral_actions|référé
referral_actions|referral_actions|référée
referral_actions|referral_actions|rücksprache
referral_actions|referral_actions|sent
referral_actions|referral_actions|skierowana
referral_actions|referral_actions|skierowanie
referral_actions|referral_actions|skierowany
referral_actions|referral_actions|speak with
referral_actions|referral_actions|spoke to
referral_actions|referral_actions|spoke with
referral_actions|referral_actions|spoken with
referral_actions|referral_actions|talked with
referral_actions|referral_actions|telephoned
referral_actions|referral_actions|texted
referral_actions|referral_actions|trimitere
referral_actions|referral_actions|téléphonera
referral_actions|referral_actions|vermittelt
referral_actions|referral_actions|vermittlung
referral_actions|referral_actions|write to
referral_actions|referral_actions|writing to
referral_actions|referral_actions|wrote to
referral_actions|referral_actions|überweisung
referral_actions|referral_actions|überwiesen
referral_actions|referral_actions|παραπομπή
referral_actions|referral_actions|紹介*
referral_actions|referral_actions|轉介*
referral_actions|referral_actions|转介*
referral_actions|referral_actions|의뢰*
referral_targets|psychiatry|camh
referral_targets|psychiatry|cmht
referral_targets|psychiatry|mental health service
referral_targets|psychiatry|mental health team
referral_targets|psychiatry|psiquiat*
referral_targets|psychiatry|psych
referral_targets|psychiatry|psychiat*
referral_targets|psychiatry|psychiatre*
referral_targets|psychiatry|psychiatric
referral_targets|psychiatry|psychiatrist
referral_targets|psychiatry|psychiatry
referral_targets|primary care|arzt
referral_targets|primary care|doctor
referral_targets|primary care|family doctor
referral_targets|primary care|family physician
referral_targets|primary care|generalista
referral_targets|primary care|gp
referral_targets|primary care|hausarzt
referral_targets|primary care|hausärzt*
referral_targets|primary care|médecin
referral_targets|primary care|médecin généraliste
referral_targets|primary care|médecin traitant
referral_targets|primary care|médico
referral_targets|primary care|médico de cabecera
referral_targets|primary care|médico de familia
referral_targets|primary care|pcp
referral_targets|primary care|physician
referral_targets|primary care|primary care
referral_targets|school|colegio
referral_targets|school|counsellor at school
referral_targets|school|enseignant*
referral_targets|school|escuela
referral_targets|school|lehrer*
referral_targets|school|maestr*
referral_targets|school|school
referral_targets|school|schule
referral_targets|school|teacher
referral_targets|school|école
referral_targets|group|dbt group
referral_targets|group|dbt skill group
referral_targets|group|group
referral_targets|group|groupe
referral_targets|group|grupo
referral_targets|group|gruppe
referral_targets|program|day program
referral_targets|program|inpatient
referral_targets|program|intensive outpatient
referral_targets|program|iop
referral_targets|program|partial hospitalization
referral_targets|program|php
referral_targets|program|residential
referral_targets|neurology|neuro
referral_targets|neurology|neurologe
referral_targets|neurology|neurologist
referral_targets|neurology|neurologue
referral_targets|neurology|neurology
referral_targets|neurology|neurólogo
referral_targets|nutrition|dietician
referral_targets|nutrition|dietista
referral_targets|nutrition|dietitian
referral_targets|nutrition|diététicien*
referral_targets|nutrition|ernährungsberat*
referral_targets|nutrition|nutricionista
referral_targets|nutrition|nutritionist
referral_targets|couples therapy|couple counselling
referral_targets|couples therapy|couple therapist
referral_targets|couples therapy|couple therapy
referral_targets|couples therapy|paartherapie
referral_targets|couples therapy|terapia de pareja
referral_targets|couples therapy|thérapie de couple
referral_targets|eating disorder service|eating disorder clinic
referral_targets|eating disorder service|eating disorder program
referral_targets|eating disorder service|eds
referral_targets|substance use service|aa
referral_targets|substance use service|addiction
referral_targets|substance use service|addictologie
referral_targets|substance use service|adiccione
referral_targets|substance use service|detox
referral_targets|substance use service|detoxification
referral_targets|substance use service|na
referral_targets|substance use service|substance use
referral_targets|substance use service|suchtberatung
referral_targets|psychology|neuropsych testing
referral_targets|psychology|neuropsychological
referral_targets|psychology|psicólogo
referral_targets|psychology|psychologe
referral_targets|psychology|psychological
referral_targets|psychology|psychologist
referral_targets|psychology|psychologue
referral_targets|social work|case management
referral_targets|social work|case manager
referral_targets|social work|case mgmt
referral_targets|social work|case mgr
referral_targets|social work|social work
referral_targets|social work|social worker
referral_targets|social work|sozialarbeiter*
referral_targets|social work|trabajador social
referral_targets|social work|travailleur social
referral_targets|legal|abogado
referral_targets|legal|anwalt
referral_targets|legal|attorney
referral_targets|legal|avocat
referral_targets|legal|lawyer
referral_targets|justice|court liaison
referral_targets|justice|parole officer
referral_targets|justice|probation
referral_targets|justice|probation officer
referral_targets|justice|yot
referral_targets|justice|youth justice
referral_targets|justice|youth offending team
referral_targets|occupational health|eap
referral_targets|occupational health|employer
referral_targets|occupational health|hr
referral_targets|occupational health|occupational health
referral_targets|occupational health|ohs
referral_targets|prescriber|med management
referral_targets|prescriber|np
referral_targets|prescriber|nurse practitioner
referral_targets|prescriber|prescriber
referral_targets|prescriber|psychiatric nurse practitioner
mandated_report_words|mandated_report_words|mandated report
mandated_report_words|mandated_report_words|mandated reporter
mandated_report_words|mandated_report_words|mandatory report
mandated_report_words|mandated_report_words|meldepflicht*
mandated_report_words|mandated_report_words|reporte obligatorio
mandated_report_words|mandated_report_words|signalement
report_actions|report_actions|called
report_actions|report_actions|contacted
report_actions|report_actions|denuncia
report_actions|report_actions|denunciado
report_actions|report_actions|file
report_actions|report_actions|filed
report_actions|report_actions|gemeldet
report_actions|report_actions|inform
report_actions|report_actions|informed
report_actions|report_actions|lodged
report_actions|report_actions|made
report_actions|report_actions|meldung
report_actions|report_actions|notification
report_actions|report_actions|notified
report_actions|report_actions|notify
report_actions|report_actions|referral
report_actions|report_actions|referred
report_actions|report_actions|report
report_actions|report_actions|reported
report_actions|report_actions|reporting
report_actions|report_actions|signalé
report_actions|report_actions|signalée
report_actions|report_actions|submitted
report_actions|report_actions|transmis
report_actions|report_actions|transmize
mandated_reports|child protection|acs
mandated_reports|child protection|aide sociale à l enfance
mandated_reports|child protection|cas
mandated_reports|child protection|child protection
mandated_reports|child protection|child protective service
mandated_reports|child protection|child safety
mandated_reports|child protection|child welfare
mandated_reports|child protection|children aid
mandated_reports|child protection|children aid society
mandated_reports|child protection|children first
mandated_reports|child protection|children service
mandated_reports|child protection|cps
mandated_reports|child protection|dcf
mandated_reports|child protection|dcfs
mandated_reports|child protection|designated safeguarding lead
mandated_reports|child protection|dif
mandated_reports|child protection|dpj
mandated_reports|child protection|dsl
mandated_reports|child protection|dss
mandated_reports|child protection|information préoccupante
mandated_reports|child protection|jugendamt
mandated_reports|child protection|kesb
mandated_reports|child protection|oranga tamariki
mandated_reports|child protection|protección de menore
mandated_reports|child protection|safeguarding
mandated_reports|child protection|safeguarding lead
mandated_reports|child protection|social service
mandated_reports|child protection|tusla
mandated_reports|adult protection|adult protective service
mandated_reports|adult protection|adult safeguarding
mandated_reports|adult protection|aps
mandated_reports|duty to warn|deber de advertir
mandated_reports|duty to warn|devoir de mize en garde
mandated_reports|duty to warn|duty to protect
mandated_reports|duty to warn|duty to warn
mandated_reports|duty to warn|tarasoff
mandated_reports|duty to warn|warnpflicht
"""
