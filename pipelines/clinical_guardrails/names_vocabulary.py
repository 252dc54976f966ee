# ------------------------------------------------ generated names vocabulary (do not edit)
# scripts/build_guardrail_vocabulary.py wrote this from Faker 37.12.0's given names less common
# English words (SCOWL's small list, wamerican-small), and prompt_presets/guardrails/name_words.yaml.
# Edit those, then run the script.

NAMES_GIVEN = """
aaaqil aaban aabid aachal aadam aadhya aadi aadil aafiya aahana aahil aalam
aalee aalim aaliyah aamil aamir aamirah aanuoluwapo aaqil aarav aarif aarini aariz
aarna aarnav aaron aarush aaryan aashi aashif aashir aasif aasim aatif aatiq
aaus aayan aayush aazim abaan abayomi abbas abbi abbie abby abdis abdu
abdul abdulahat abdulbekir abdulcemal abdulgazi abdulhadi abdulkadir abdulkerim abdullah abdulmenaf abdulsamed abdulsemet
abdurrahman abdurresit abebi abeer abel abelardo abeni abha abhimanyu abhiram abid abigail
abigaili abilio abiodun abiona abiye abosede abraham abram abuzar acar acarkan achille
achim aclan ada adak adal adalbert adalberto adam adamo adan adasal adebiyi
adebowale adebukola adedayo adedeji adekitan adekola adekunle adela adelaida adelaide adelardo adelasia
adelbert adele adeleke adelgunde adelheid adelia adelina adelinde adeline adelmo adem adenike
adeniyi adeolu adeoti adepeju aderopo adesewa adeshina adesoji adesua adetayo adetoke adetoun
adeyi adhra adia adigun adil adila adimu adina aditya adlan adolf adolfine
adolfo adora adoracion adrian adriana adriane adrianna adriano adrien adrienne adunni advaith
advay advik advika adviye adweta adya aedan aenne afer afife afolarin afonso
africa agakisi agapito agastya agata agatha agathe agbegim agmur agnes agnieszka agnolo
agostino agueda agustin agustina ahat ahmad ahmed ahmet ahsen ahter aida aidan
aideen aiden aijuka aileen ailis aime aimee ainara aine ainoa aishani aisling
aislinn aitana aitor ajala ajani ajoke akalan akanmu akar akatay akay akbas
akboga akcabay akcasu akcivan akdora akdurmus akemi akgol akgunes akif akinkunmi akinlabi
akinwale akira akise akkerman akmaner akmaral akoz aksay akshay aksogut aksoy aktemur
akumu akver alaaddin alabezek alade alaeddin alain alamu alan alana alanalp alanis
alanna alannah alastair alattin alaz alba alban albano alberico albert albertine alberto
albin albina albrecht alcan alcides alderano aldo aldonza alec alejandra alejandro alejo
aleks aleksandar aleksander aleksandr aleksandra aleksej alemsah alena alessandra alessandro alessia alessio
alex alexa alexander alexandra alexandre alexandria alexandrie alexandros alexandru alexei alexej alexia
alexis alf alfio alfons alfonso alfred alfredo ali aliabbas alice alicia alicja
alida aliihsan alina aliseydi alisha alison alistair alister alix alize alka alkor
alla allan allana allegra allen allison alma almasi almast almudena almus almut
almuth alois aloisia alondra alonso aloys alparslan alpcan alphons alphonse alpin alpsu
alsoy alta altogan altug alvaro alvin alwin alwina alwine alyssa amac amada
amadeo amado amador amaira amalia amalie amancio amanda amando amani amara amarilis
amaro amaya ambar ambrosio amedeo amelia amelie america americo amico amie amilcar
amin amina amira amleto amoke amol amondi amope amor amparo amre amri
amrita amruta amy ana anabel anacleto anais anamika anargul anasa anastasia anastasie
anastasio anastasios anastazja anatol anatoli anatolij anay andic andre andrea andreas andree
andrei andreia andrej andres andrew andrey andrzej andwele andy anel aneta anett
anette angalia angavu angela angeles angelica angelika angelina angelino angelique angelita angelo
angie angus anh ani anibal anica aniela anika anirudh anita anja anjali
anjolaoluwa anka anke anmol ann anna annabel annak annaliese annalisa annalise annamaria
anne annedore annegret annegrete annekatrin anneke annelene anneli annelie annelies anneliese annelise
annelore annemarie annemie annemijn annerose annett annetta annette anni annibale annie annika
annita annunziata anny anoni anouk ansaldo anselm anselma anselmo ansgar ansh ante
anthony antje anto antoin antoine antoinette anton antonella antonello antoni antonia antonie
antonietta antonina antonino antonio antonios antonius antony anunciacion anusha anvi anya aodhan
aoibheann aoibhin aoibhinn aoife apolinar apollo apollonia apolonia apostolos araceli aradhana aral
aran aranzazu arcan arcelia argu arham ariadna ariana ariane arianne aribert arie
ariel arif arifcan arike arin arinola aristides arjun arkadiusz arkut armahan armando
armida armin arnaldo arnaude arnd arndt arne arnfried arnim arno arnold arnulf
arnulfo aroa aron arpag arran arron arsenio artan artemio arthur artur arturo
aru arunima arusi arya aryan arziye arzu asafe asake asalet asali asani
asanti asatira asdrubal ashan ashlee ashleigh ashlene ashley ashling ashton asiman asir
aslanhan asliye asmini asta astrid asu asuka asuncion atagun atalay atanur atasagun
atatore atenulf atfat atgun athanasios atharv atheel athumani ati atiena atilhan atilio
atinuke atiyye atnan atsushi attaf attila audrey augusta auguste augustin augusto auraq
aurea aurelia aureliano aurelie aurelio aurora aurore austin avi avni avsin avunc
awadil awamil awamiri awan awani awero awj awlya awmar awrad axel aya
ayaan ayamin ayasun aybet aybora aycagul aycan aydar ayden aydinc ayduru ayesha
aygonenc aygutalp ayhan ayinde ayinke aykut aykutalp ayla aylil aylin aylla aynilhayat
aynur ayodeji ayodele ayoka ayoub aypar aysan aysar ayse ayseana aysel aysema
aysenur aysevim aysoy aysuna aytek ayten aytoz aytuna ayulker ayush ayushman ayvas
ayyaruk ayyubi azaan azad azade azahar azahara azban azeeb azeglio azeneth azettin
aziz azize azizi azra azucena baahir baaizeed baaqee baaqir baaree baashir baasim
baasit baba babar babasola babatunji babawale baber babett babette baccio bachittar badawi
badegul badr bagdas bagdat baghyawati baha bahaa bahaddin bahadurjit bahari bahittin bahiy
bahtinur bailey bailie bairbel bakhshi baki balatekin balca baldassare baldomero balduino baldur
baleegh balendra balhaar bali balinda baljiwan baltas baltasar balthasar balvan balveer bambad
banjeet banu bao baqar baqir barak barbara barbel baris barkha barr barraq
barry barsen bart bartek bartholomaus bartolome bartolomeo bas basaam basay baseer basel
basem bashaar bashaarat bashan bashar basharat basheer basheerah basilio basim basir basok
basriye bassam bastiaan bastian batal batool baturay baudelio bautista baydu baykan bayman
bayram bayruhan baytal bayzettin bazam beata beate beatrice beatrix beatriz beau becky
bedi bediriye bedri begim begona behiza behrem bekbay bekir bektasi bela belen
belgizar belinda belkize bella bellisan ben benedetto benedikt benedita benek bengibay benice
benicio benigna benigno benita benito benjamim benjamin benn benno benoit benol bente
benthe bento benvenuto beppe berat beray beren berend berenice berezat bergen berit
beriye berkal berki berksay bernabe bernadette bernard bernarda bernardino bernardita bernardo bernd
berndt bernfried bernhard bernhardine bernt bernward berran berrin bert berta bertha berthold
berto bertold bertram bertrand besey beshte besin beste beth bethan bethany betina
betti bettina betty beverley beverly beyda beyhatun beyler beyzade bezek bhanumati bhavani
bhavika bhavini bhavna bhavya biagio bianca bianka bibi bibiana bibuwa bican bidayet
bienvenida bilaal bilal bilay bilender bilgen bilginur bilgutay bilkay billie billy biltas
bimala bina binay binbasar birben birger birgid birgit birgitt birgitta birgul birousk
birsan birsen birte birthe bisar bishakha bitul bizhan bjorn blaine blake blanaid
blanca blanka blas boaz bobby bodo bogatimur bogdan bolatito boluwatife boma bonifacio
bonnie borahan boratas boris borja bortecin borys boynak bozbag bozena bozerk boztas
brad bradley brady bram brandi brandon branka branko brayan breandan breanna brenda
brendan breno brent brett brian briana brianna bridget brigid brigida brigitta brigitte
brijesh brinda brit brita britt britta brittany brittney brogan bronach bronagh brooke
brooklyn bruce bruna brunhild brunhilde bruni brunilda bruno bryan bryce bryony buenaventura
buget buhari bulunc bunmi bunyamun buraid burakhan burc burckhard burcuhan bureyre burghard
burkard burkhard burkhardt busara busra busranur buyrukhan cabir cacilia cacilie caetana caga
cagdan caglar cagveren cahal cahir cailin cailum caio caitlin caitlyn caitriona cakar
cal calcedonio caleb calebe calista calisto calixta calixto callan callum calogero calum
calvin cameron camila camilla camille camillo camilo camok canan canberk candace candela
candelaria candelario candelas candeniz candice candida candido canfeza cangur cannur canseven cansin
cantez canur caoilfhionn caoimhe caoimhin caolain caolan caomhan capkan capucine cara caragh
caren caridad carin carina carl carla carlijn carlito carlo carlos carlota carly
carmel carmela carmelita carmelo carmen carmina carmine carminho carola carole carolin carolina
caroline carolyn carrie carsten carter cas casandra casemiro casey casper cassandra cassidy
cassie catalina catarina caterina cathal catharina catherine cathleen cathrin cathy cato catrin
catriona caua caue cavit cavuldur cayetana cayetano ceara cebesoy cebrian cecile cecilia
cecilio cedide ceferino celal celem celestina celestino celia celikkan celikyurek celilay celina
celine celso cemal cemalettin cemil cemiyle cenan cengiz centa cerci cercis cesar
cesare cetin cetinsu cevale cevheri cevikoz cevregul ceyhun ceylin cezary cezayir chaaya
chad chaitaly chaitanya chakradev chakradhar chakrika chamali chaman chameli champak chanakya chanchal
chandani chandran chandresh changaz chaniya chantal chantel chantelle chao charan charis charita
charlene charles charlesh charlie charlotte charo charvi chashida chasmum chatresh chatura chau
chausiki chavvi chawish che chelo chelsea chelsey chema cheragh cherie cherith cheryl
cheusi cheyenne chiara chipukizi chita chiyo chloe chris christa christel christelle christiana
christiane christie christin christina christine christl christof christoph christophe christopher christos christy
chucho chuki chus chuy cianan ciara ciaran ciarrai cihan cihandide cilga cilli
cillian cilly cindoruk cindy cinerk cintia cipriano ciriaco cirillo cirino ciro cisem
citlali claas claire clara clare clarence clarice clarisa clarissa clark claude claudia
claudine claudio claudius claus clayton clelia clemence clemens clemente clementina cleto clifford
climaco clinton cliodhna cliona clive clodagh cloe clotilde codie cody cogay cokan
cole colette colin colleen collette collin colm colpan colton coluccio colum conal
conall conan concepcion concetta concha conchita conchur conn connie connor conny conor
conrad conrado constanca constance constantin constanza constanze consuela consuelo copur cora cordula
corey corina corinna corinne coriolano cormac cornelia cornelio cornelis cornelius corona corrado
corrie cortney cory cosima cosimo coskun cosme costantino costanzo courteney courtney craig
crescencia cristal cristian cristiano cristina cristobal cruz cuheyna cuman cuneyit curro curt
curtis custodia custodio cynthia cyprian czeslaw daamin daan daanish daanyaal daawood dabbah
dabir dafne daghfal dagistan dagmar dagmara dagobert dai dainess daire dairine daiyaan
dajana dakhil dakota daksh daksha dakshesh dalaja dalan dalbir dale dalia dalila
dalili dalton damaris dameer damian damiano damien damife damini damlanur damon damurah
damyanti dan dana dani danica daniel daniela daniele danielle danilo danique danish
danny dante danuta daphne dara darain darcy daria darika darin dario darius
dariusz darko darlene darpan darragh darrell darren darryl darsh daryl dastageer daudi
dave davi david dawid dawud dayamai dayar dayita dayna dayyaan deaglan deane
deanna dearbhail dearbhaile dearbhla debbie debora deborah debra declan deepa deger degmeer
deha deirbhile del delfina delfino delia delil demetrio demi demilade demirbuken demiriz
demirok demiryurek denis denise deniz denizalp denkel dennis denny derek derkay dermot
dervla deryanur desiderio desiree desmond detlef detlev dev devansh devika devin deviner
devon dewi dex dhriti dhruv diana diane diarmuid diedrich diego dierk dieter
diethard diethelm diether dietlind dietlinde dietmar dietrich diken dilara dilcan dilder dilfeza
dilhus dillon dilsat dilsitan dimas dimitri dimitrios dina dincer dinckol dincsu dinis
dino diogo dion dionigi dionisia dionisio dionne dipta dirican dirk dirlik ditmar
dittmar divan divya diya dogan doganalp dogannur dogansah doguhan dolensoy dolores dolun
dom domenico domhnall dominga dominic dominik dominique domitila donal donald donata donatella
donatello donato doner donna dora doreen dorina doris dorit dorita dorle dorota
dorotea dorothe dorothea dorothee dorothy dorte dorthe dorukhan douglas doyinsola dragan dragica
drago drew duane duarte duha duilio dulce duma duncan dundaralp dunia dunja
duong durab duracan durdali durgadin durmusali durodola durrusehvar dursadiye dursun duruk duruoz
dusan dustin duuk duyen duyguhan dwayne dylan dylano eadaoin eakumbu eamon eamonn
eba eberhard eberhardt ebuakil ecegul ecemis eckard eckart eckehard eckhard eckhardt eckhart
ecrin edaviye edda eddie edel edelbert edelgard edelmira edelmiro edeltraud edeltraut edeltrud
eden edgar edgardo edgubay edhitha edith editha edmund edmundo edoardo edouard edu
eduard eduarda eduardo edward edwin eesaa eesha efe efil eflatun efrain efser
egbert egenur eggert egon ehan ehrenfried ehrentraud ehrhard ehsaas ehsan eijaz eileen
eilis eilish eimear eimer eimhear eiravati eitel ejaz ejlaal ekaja ekalinga ekani
ekansh ekanta ekantika ekapad ekaraj ekaterina ekavir ekbal ekber ekiya ekkehard ekkehart
ekmel ekrem ekta ekundayo ekundu eladio elaf elaine elamiye elba eleanor eleanora
elena eleni elenore eleonora eleonore eleuterio elfi elfie elfriede elgin elhan eli
eliakimu eliana elias elif elifnur eligia eligio elijah elin eline elisa elisabet
elisabeth elise eliseo elisha eliza elizabeth elize ella elladio ellen elli ellie
ellinor elliot elliott elly elma elmar elmo elnur eloa eloah elodia elodie
eloisa eloise elove eloy elpidio elsa elsbeth elvan elvia elvira elwira elzbieta
ema emal emanuel emanuella emanuelly emelina emer emigdio emil emile emilia emiliana
emiliano emilie emilio emilly emily emin emine emirsan emis emma emmanuel emmanuelle
emmerich emmet emmett emmi emmy emperatriz emran emrullah encarna encarnacion encarnita enda
enes enfes engelbert engin enginiz eniola ennio enno enrico enrique ensari enver
enya enzi enzio enzo eoghan eoin epifanio eral eraldo erasmo eraycan erbay
erbil ercan ercihan erdal erdemer erdibay erdmute erdogan erdursun erem erenalp erensoy
ergener erginel ergonul ergul ergun erhard erhardt eric erica erich erick erik
erika erin erincer eris erkan erkinel erksoy ermanno ermenegildo ermes ermutlu erna
ernest ernestine ernesto ernst erogul erol eroz ersat ersec ersel ertan erten
ertun ertuncay ervaniye erwin eryk eryn esenbay esengun esenturk esfandyar eshan eshana
esila esim eskinalp esmanperi esmee esmeralda esna esparta espartaco esperanza espiridion esref
esteban estefania estela ester esther estrella esupofo eta etelvina ethan etienne etizaaz
etta ettore euan eufemia eugen eugene eugenia eugenie eugenio eulalia eunan eusebia
eusebio eustaquio eutimio eutropio eva evamaria evan evance evangelia evangelina evangelista evangelos
evaristo evcimen evde evelia evelien evelin eveline evelio evelyn evelyne evi evie
evita evrim evrimer evy ewa ewald ewan ewatomi ewelina eyyup ezequiel ezgin
ezgutekin ezio faas fabia fabian fabiana fabienne fabio fabiola fabricio fabrizia fabrizio
fadekemi faderera fadile fadime fahari fahmi fahrullah fainche faisa faizan faize falak
falan falguni falk falko fami fanaka fanny faqid faraj faraja faras farhan
farhiya farijika fariq faris faruk fatigul fatih fatima fatinur fatma fatmanur faustino
fausto fay faye fayize fazli fazul feargal fearghal febe fedde fedele feden
federica federico federigo fedor fehim fehintola fehmiye felicia feliciana feliciano felicidad felicitas
felipa felipe felisa felix felizitas fem femke fenna fenne fenni ferahdiba ferat
feraye ferdi ferdinand ferdinando feremez ferenc fergal fergus ferhan ferihan ferinaz fermin
fermuta fernanda fernando fersan feryas ferzi fetullah feyha feyruz feyzin feza fiamma
fibikemi fidaye fidel fidela fidvi fien fiene fikayomi fildan filip filipa filipe
filippa filippo filit filiz filomena finbar finn fintan fiona fionntan fionnuala fiorenzo
fiorino firdevis fitan fitnat fito fiyaz flavia flavio fleur floortje flor florence
florencia florencio florentina florentine florentino florian florina florinda floris folashade folker folkert
folu fortunata fortunato frado franca frances francesca francesco francis francisca francisco franciszek
franck franco francois francoise franjo franka franklin franz franziska frauke frazer fred
freddy frederic frederick frederico frederik frederike frederique fredi fredo fredy freia freya
frida fridolin frieda friedbert friedemann frieder friedericke friederike friedhelm friedhilde friedhold friedl
friedlinde friedo friedrich frithjof fritz fryderyk fugen fulgencio fulvio fuzuli gabel gabi
gabino gabor gabriel gabriela gabriele gabriella gabrielle gabrielly gaby gael gaetano gagan
gail gaja galasso galina galip galo ganga ganim ganiye gareth garima garrett
garry gary gaspar gaspare gaston gastone gaurang gaurangi gaurav gauri gaurika gautam
gautami gavin gayathri gazel gbadebo gbolahan gbowoade gebhard geert geetika gelengul gelsomina
gema gemma genaro gencaslan gencay genevieve genoveva geoffrey georg george georges georgia
georgina georgine georgios gerald geraldine geraldo gerard gerardo geray gerd gerda gerdi
gereon gerfried gerhard gerhardt gerhart gerhild gerlind gerlinde germana gernot gero gerold
gerolf geronimo gerrit gert gerta gerti gertraud gertraude gertraut gertrud gertrude gertrudis
gervasio gerwin gesa gesche gesine gethera geza ghaalib ghaazi ghaffaar ghafoor ghaith
ghalib ghanee ghanem ghannam ghasaan ghauth ghawth ghayoor ghazalan ghazanfar ghazanfer ghazawan
ghazi ghazzal ghiyaath ghiyath ghufran ghulaam ghulam ghunayn ghusharib ghusun ghutayf giacinto
giacobbe giacomo giada giampaolo giampiero gian giancarlo gianfrancesco gianfranco gianluca gianluigi gianmarco
gianna gianni gianpaolo gianpietro giel giesela gijs gil gilbert gilberto gilda giles
gilles gillian gilman gina gino ginyas gioacchino gioachino gioele gioffre gionata giorgia
giorgio giosue giovanna giovanni girik girindra girish girolamo gisa gisbert gisela gislinde
gitta gitte giulia giuliana giuliano giulietta giulio giuseppe giuseppina giustino giz glauco
glenda glenn gloria godofredo goffredo gohar gok gokay gokbudun gokce gokcebalan gokcil
goken goknur gokperi goksev gokten goli goma goncafer goncalo gonen gonul gonzalo
gopal goran gordana gordon gorgunay gorklu gorsev gottfried gotthard gotthilf gotthold gottlieb
gottlob gotz goyo gozel gozem gracia graciana graciano graciela graeme graham grainne
graziano graziella grazyna greca greco greg gregg gregoire gregor gregorio gregory greta
gretchen grete gretel gretl griselda grzegorz guadalupe guarino gucal gucluer gucyeter gudrun
gudula guenter guenther guglielmo guido guilherme guillaume guillermina guillermo guiomar guiseppe guiying
gul gulab gulaga gulay gulbani gulbeyan gulbiye gulce gulcegun guldam gulder guldunya
gulegen gulel gulenay guler gulev gulfaam gulfam gulfari gulfeza gulgen gulguzel gulhisar
gulinaz gulluhan gulmisal gulnaziye gulozge gulper gulsa gulsahin gulselin gulsen gulseref gulseren
gulsevil gulshan gulsiye gulsu gulten gulter gulus gulzadiye gulzar gumustekin gunar gunaydin
gunbir gunda gundel gunden gundi gundolf gundula gunduzalp gunebakan guneet guneri guney
gungordu gungoren gunhild gunkurt gunnar gunsel gunsen gunser gunter gunther guntram gunver
gurarda gurcuye gurelcem gursal gurten gustav gustavo gustaw gusti guus guusje guvercin
guzey gwendolyn habibe haciali hacile hadassa hadithi hadrey hagen haiba hailey hajo
hakan hakikat halenur haley halidun halil halina halisi haliye haluk hami hamis
hamish hamiyet hamsini hamza hanako hanbiken hanedan hanife hanim hanja hanna hannah
hannchen hanne hannelore hannes hanni hanno hanns hanny hans hansgeorg hansjoachim hansjorg
hansjurgen hanspeter hansultan harald harambee harbinaz hardik hardy harinakshi harini harish harita
hariz harnail harold haroldo harri harriet harrison harro harsh harshil hartmut hartmuth
hartwig haruka harvey hasan hasbek hasgul hashiki hasret hassan hasso hatem hatice
hatima hatin havali havse hawehindi hayali haydee hayden hayel hayleigh hayley hayret
hayrunnisa hazeem hazine hazrat hector hedda hedi hedwig hedy heide heidelinde heidelore
heidemarie heiderose heidi heidrun heike heiko heimo heiner heinfried heini heino heinrich
heinz heitor hekima hekime hekmet helen helena helene helfried helga helge heliodoro
hella hellena hellmut hellmuth helma helmar helmtrud helmut helmuth heloisa hema hemal
hemang hemangini hemani hendrik henife henner henni henning henny henri henriette henrik
henrike henrique henry henryk heraclio herbert herberto heribert heriberto herlinde herma hermann
hermelinda hermenegildo hermine herminia herminio hernan hernando herrmann herta hertha herwig heva
heyvetullah hezniye hicsonmez hidaya hidde hideki hidir hilario hilary hilayda hilda hildburg
hilde hildegard hildegart hildegund hildegunde hilma hilmar hiltraud hiltrud hindal hinet hinrich
hipolito hiral hiroshi hitesh hoang hodari holger hollie holm homero hong honore
horacio horst hortense hortensia hoskadem howard hredhaan hritik huban hubert hubertine hubertus
huda hudavent hugh hugo hugues hukumdar hulda hulya humaiya humberto humeyra hunalp
hung huong hurdogan hurican hurmet hurside huruyet huryasar huseyin husmen husnuhal huy
huzaifa huzuri iain ian iara ibaad iban ibidapo ibironke ibn ibraaheem ibraheem
ibrahim icimbike ida ide idika idiris idrees idris iesa iftikhaar iftikhar ige
ignacia ignacio ignacy ignatz ignaz ignazio igor ihab ihsaan ihsan ihtesham ihtiram
ihtishaam ihtsham ijaya ijli ikbal ikeoluwa iker ikhlaas ikiz iklim ikraam ikramah
ikrimah ikshita ilan ilaria ilbek ildefonso ildem ildes ildiko ileana ilgi ilhan
ilias ilija ilim ilja ilka ilkbahar ilkim ilklima ilmafer ilona ilonka ilper
ilse ilsu ilteris imam imany imara imaran imelda imge imke immo imran
imre imren imrihan ina inaya incifir indali india indira indrajit indy ines
inga ingbert inge ingeborg ingeburg ingelore ingetraud ingetraut ingmar ingo ingolf ingrid
ingried inigo inioluwa inka inken inmaculada inna inocencio insa insaf intihap ioannis
iolanda iona ippazio ira irena irene iretioluwa irfan irina irma irmela irmengard
irmgard irmhild irmi irmingard irmtraud irmtraut irmtrud irya isa isaac isabel isabela
isabell isabella isabelle isabelly isadora isaiah isaias isak isaque isaura isaya iscan
ise iseoluwa isha ishaan ishani ishanvi ishita ishola ishwar isidor isidora isidoro
isidro isin isis islime ismael ismail ismet isolde isra israel issack istvan
itanya ituri itzel itziar ivan ivana ivanka ivecen ivo ivonne iwan iwo
iwona iyabode iyadunni iyiyurek izaaz ize izel izgu jaabir jaafar jaan jabbaar
jabir jabr jacek jacinta jacinto jackie jackson jaclyn jacob jacobo jacopo jacqueline
jacques jad jadwiga jafar jafet jaffer jagat jagdish jagrati jagvi jahangir jahanzeb
jahdami jahdari jahi jahiz jahm jai jaime jairaj jake jakob jakub jalaal
jalal jalees jalia jalil jalsa jamaal jamal jameel james jamie jana janaki
janani jane janet janett janette jangwa janice janin janina janine jankat janko
jann janna janne janos januja janus janusz janya jaqueline jared jari jarlath
jaroslav jaroslaw jaruthip jasiri jasmijn jasmin jasmina jasmine jasmit jason jasper jatin
javi javier javiera jayda jayde jayden jaylinn jayne jayson jean jeanette jeanne
jeannette jeannine jedrzej jeet jeevika jeff jeffery jeffrey jelani jelena jelle jelte
jemma jena jenaro jenna jenni jennifer jenny jens jente jeremi jeremiah jeremias
jeremy jermaine jerome jeronimo jerry jerzy jesper jesse jessica jessika jesus jesusa
jhalak jie jill jillian jim jimena jimmy jina jing jinthe jip jiri
joachim joan joana joann joanna joanne joao joaquim joaquin joaquina jobst jocelyn
jochem jochen jodi jodie jody joe joel joelle joep joerg joey johan
johann johanna johanne johannes john johnathan johnny jolanda jolanta jolanthe jolene jolie
jolijn jon jonas jonatan jonathan jonathon joost jordan jordana jordi jordon jordy
jorg jorge jorgen joris jorn jort jos jose josef josefa josefina josefine
josep joseph josephine josette josh joshua josip jost josue jovan jovita joyce
jozef jua juan juana juanita juanito jude judith judy juergen jules julia
julian juliana juliane julianna julie julien juliet julieta juliette julita julius juliusz
jumaane jurgen juri jurij jurre justin justina justine justiniani justus justyna jutta
juul juwon jyoti kaamil kaashif kaazim kabeer kabir kachela kacper kader kafeel
kahir kai kaique kaitlin kaitlyn kaja kajetan kajji kala kalbi kaleem kaleema
kalgay kalina kalpit kaluwa kamal kamala kamar kamil kamila kamilly kamran kamya
kana kanak kandef kane kanpulat kaombwe kaori kapagan kara karaamat karabas karaca
karaer karakucak karam karama karan karanbay karatas karcan kardelen kareem karen kari
karim karin karina karl karla karley karlfried karlheinz karlijn karlukhan karol karola
karolin karolina karoline karsten kasam kashan kashangaki kashif kashish kashvi kasif kasim
kasimir kaskazi kaspar kata katalin katarina katarzyna kate katelyn katerina katharina katharine
kathe katherina katherine kathi kathleen kathrin kathryn kathy kati katie katja katrin
katrina katy kauthar kaver kavurt kavya kawkab kawthar kay kayagun kaygusuz kayla
kaylee kayleigh kayrabay kaysan kazi kazim kazime kazimierz kazuya kealan keano keelan
keely keeva kefser keith keji kelami kelli kellie kelly kelsey kelvin kemal
kenan kendra kenichi kenneth kent kenter kenyangi keri kerime kerman kerri kerrie
kerry kerstin kete kevim kevin keya keyaan kezban khaalid khaan khamani khamisi
khoa kiaan kiah kian kiapo kiara kibafupia kibar kibibi kiburi kiera kieran
kifaye kijana kijani kike kikelomo kiki kilian killian kim kimberley kimberly kimbilio
kimya kinaya kinubi kiojah kipenzi kipepeo kira kiramettin kirby kirk kirsten kirstie
kirstin kirsty kisima kitan kiume kiwara kiyasi klaas klara klare klaudia klaus
klemens klothilde knud knut kocabas kocak kockan koen koker koktas kolawole koldan
koncagul kondo konguralp konrad konradi konstantin konstantinos konstanty konstanze kopan koray korbinian
kordula korede kori korinna korkmazalp kornel kornelia kornelius korugan kosemen kosukhan kotuz
kovu kreszentia kreszenz kriemhild krish krisha krishna krista kristen kristi kristian kristiane
kristie kristin kristina kristine kristopher kristy kritika krystal krystian krystyna krzysztof ksawery
kubran kuchanua kuddusi kumiko kumral kunibert kunigunda kunigunde kuno kursad kurt kurtis
kurunzi kusiima kutay kutgun kutun kweli kyan kyano kyara kyle kylie kyosuke
kyra laban labeeb labib lacey ladislaus ladli laeeq laetitia lahiah laika laila
lailati laini laiq lais laith lajita lajlaj laksh lakshit lakshmi lale lalo
lambert lamberto lan lana lando laoise laqeet lara larissa larry lars laszlo
latasha lateef latif latoya laura laure laureano lauren laurence laurens laurent laurenz
lauretta laurie lavanya lavinia lawrence layth lazaro laze lazzaro lea leah leander
leandra leandro leanne ledun lee leela leena lei leif leigh leila leire
leke lekha lena lene leni lenn leo leocadia leocadio leokadia leon leona
leonard leonardo leoncio leone leonel leonhard leonid leonie leonor leonore leopold leopoldine
leopoldo lere leroy lerze lesley leslie leszek leticia letizia levi lewis lex
leyla leyli leyre lezize lia liam liana liane liban liberto libni licia
lidia lidija lidwina lieke liesa liesbeth lieschen liesel lieselotte lieve ligia lila
lili lilia lilian liliana liliane lilija lilla lilli lilly lilo limazah limon
lina linda linde lindsay lindsey linh linn lino linus lioba lipika lisa
lisandro lisanne lisbeth lise liselotte lisette lissi lissy liv livia livio liwia
liyaaqat liyaqat liz liza lize lizz lizzy ljiljana ljubica ljudmila lloyd lodovico
loek loes logan lohit loida lois lola lolita loni lonnie lopa lorcan
loredana lorena lorenz lorenza lorenzo loreto loretta lori lorna lorraine lothar lotte
lotti louis louise lourdes lourenco luan luana luara luay luc luca lucas
lucca luce luchino lucho lucia luciana luciano lucie lucila lucinda lucio lucrezia
lucy ludger ludmila ludmilla ludovica ludovico ludwig ludwina lufen luigi luigina luis
luisa luise luisina luitgard luiz luiza luka lukas luke luna lunna lupe
lupita luqmaan luqman lut lutf lutfi lutz luuk luz luzia luzie lydia
lynda lyndon lyndsay lyndsey lynn lynne lynsey maahir maaike maajid maalik maanas
maanav maarten maartje maawiya maaya maaz maazin mabad macarena macaria macario macauley
macide maciej mackenzie madaha madalena madani madeleine madelief madeline madhav madhavi madini
madison madiyan madlen madoa mads madyan maeve mafalda magarete magda magdalena magdalene
maggie magnus magret magrit mahad mahali mahaz mahbeer mahboob mahbub mahdee mahdi
mahdy maheen maher mahfooz mahfuj mahfuz mahigul mahika mahir mahja mahmood mahmoud
mahmud mahmut mahnaz mahsun mahter maik maike mairead mairtin maisha maite maja
majani majd majdi majdy majeed makayla makeen makini maks maksude maksur maksymilian
makunga makuu malachy malcolm malena malgorzata malik maliza mallory malte malwina mamen
mamun manabu manan manbir mandy manfred manja manola manolo manon mansurali manthan
manu manuel manuela manuelita manuella manus manya mara marc marcantonio marcel marcela
marcelina marcelino marcella marcelle marcello marcelo marcia marcial marciano marcin marcio marco
marcos marcus mareen mareike mareile marek maren marga margaret margareta margarete margaretha
margarethe margarida margarita margaud margaux margherita margit margita margitta margot margret margrit
marguerite mari maria mariah marian mariana mariane marianela marianna marianne mariano maribel
marica maricela maricruz marie mariechen mariele marieluise marietta marija marijan marijn marika
marilyn marini marino marinus mario mariola marion marisa marisela marisol marissa maristela
marit marita maritta marius mariusz marjan marjani marko markus marleen marlen marlene
marlies marliese marlis maroof marta marten martha marthe martim martin martina martine
martino martirio martyn marvin mary maryam maryse marzena masar maside massimiliano massimo
masume mateo mateus mateusz matheus mathew mathias mathijs mathilde matias matilda matilde
mato mats matteo matthaus matthew matthias matthieu matthijs mattia mattias matunda maua
maud maura maureen maurice mauricio maurilio maurits maurizio mauro maurycy mavuno max
maxi maxima maximiano maximilian maximiliano maximino maximo maxwell maya maynur maysa mayte
mazlum mckenzie meabh meagan meaghan mechthild mechthilde mechtild mecide mecit meera mees
mefarettin mefharet meg megan megha meghan meghana mehdi mehdiye mehmed mehmet mehmetzahir
mehrigul meibh meik meike meinhard meinolf meinrad mekhala melaha melania melanie melchor
meleknur melihcan melikkan melina melinda melisa melissa melita melitta melle melul melvin
memili menfeat mengi menguc menisan meral merba mercedes merche merdi meredith merel
merijn merim merle mertel merva meryem meryeme merzuk meshur mestur mesude mesut
meta metin metinkaya mette meveddet mevludiye mevlut meyhanim mezide mia micael micaela
micha michael michaela michaele michail micheal micheala michel michela michelangelo michele micheletto
michelle michelotto mick mieszko miguel miguela mihin mihrab mihriye mijo mika mikako
mikayla mikhail miki mila milagros milan milay milena milica milka milo milos
milou min mina mindy minerva ming minh minibe minna minoru miodrag mira
miranda miray mirbadin mirco mireia mirella miriam mirja mirjam mirjana mirko miroslav
miroslaw miroslawa mirta mirte mirthe mishat misra misty misuli mitali mitchel mitchell
mitesh mituru mitzy miyesser mizhir mkarkara modesta modesto modupe mofifoluwa mohamed mohamedi
mohammad mohammed mohini mohsim moises mojisola mojisoluwa mollie molly momoko mona monica
monika monique monis monja montserrat moradeke morayo morena morenike moreno morgan moritz
morolake morris mosinmileoluwa mosunmola motunrayo mourib moyosore mrihani muarra mubetcel mucahit mucellib
mucevher muferrih mufide mufit mugber mugdha muhallil muhammed muhammet muharrem muhazzim muhima
muhip muhiye muhyettin mujde mukbile mukramin mukrume muktedir mulayim mulele mumtaze munezzer
munif murat muratcan muret murilo murit musafet musaffa musemma musila muslum mustafa
musure mutluhan muvaffak muvahhide muveddet muzaffer muzdahir muzekker muzhir mwamini mwasaa mwezi
myles myriam myrthe naadir naail naajy naasih naasir naathim naazhim nabeeh nabeel
nabhan nabigh nabih nabil nachiket nacho nacio nada nadeem nades nadeschda nadeshda
nadhir nadia nadim nadin nadine nadir nadja nadr naeem nafasat nafees nafesa
nafii nafile nafis naiara naib naide naim nair najair najam najeeb najuma
naki nakip naksh nakul nalan nam nanami nancy nandini nando nanni naoimh
naoise naoki naoko naomh naomi naoto napoleone narcisa narciso narhanim nas nashipie
nasiba nasra nasuf natali natalia natalie natalija natalio natalja natan natanael nataniel
natascha natasha natasza nath nathalie nathan nathaniel nathari natividad naud naveen nayara
nayeli nayfa nayil naz nazaret nazario nazende nazi nazimet nazlihan nazlim nebih
nebiha necati necdat necilal necmettin necva nedda neel neelima nefaret nefiye neha
nehip neil nejdet nela nelah nelida nelli nelly nelson neptun nerea nereida
neriban nerim nermin nesfe nesip neslinur nesrin nestor netra neval nevenka nevgin
nevise nevsal nevsale neyran nezengul nezihi nezize ngamia ngeni ngoc nhien niall
niamh niara nicanor niccolo nichola nicholas nichole nico nicodemo nicola nicolai nicolas
nicolasa nicolaus nicole nicoletta nicolo nidhi nidia nidra niek niels nienke nieves
nigel nigesa nigmet nihai nihal nihan niharika nikita nikki niklas niko nikodem
nikola nikolai nikolaj nikolaos nikolas nikolaus nilcan nilda nili nilima nilo nils
nimrat nina ninetta ninioluwa nino ninthe nirgul nirja nisa nisha nitara nitesh
niyazi niyilolawa njozi noa noah noe noel noelia noelle noemi noman noor
noortje nora norah norbert norberto norma norman notburga noud nout nova ntimi
nuala nudret nuhu nula nuno nura nural nuran nuray nurbanu nurcan nurda
nurdeniz nuretdin nurettin nurey nurgil nurhayet nuri nuria nuriat nurice nuriyet nurkan
nurmelek nursan nurseda nurser nursim nurtac nurten nurullah nurveren nuyan nwabudike nyasi
nydia nynke nyoka nyoni nyota nyuki oba obaid obanijesu obdulia oceane octavia
octavio oda odalis odalys odette odhran odika oeshi ofelia oganer oge oget
ogooluwa ogulbas ogurata ogus oguzman oisin ojas ojasvi okanay okbay oke okguclu
okkas okseven okturemis okturk okyalaz oladare oladimeji olaf olajumoke olakunle olalla olanrewaju
olansile olasunmbo olav olca oldag ole olegario olena olga olgierd olimpia oliver
olivia olivie olivier oliwier ololade olufunke olufunmilayo olumorotimi olus oluwafemi oluwagbemiga oluwakemi
oluwamumibori oluwamuyiwa oluwasanmi oluwasegun oluwole omaca omair omaja omar omeir omisha omkaar
omobobola omobolanle omodunni omolabake omolara omosalewa omotara omotayo omotola omotoun omowumi omran
omriye omur omya onat oncel onel ongay ongen oni onkar onofre onsal
onuker onurcan onursu onveer oonagh opwonya oran orazio orcin oreofe oreste orfhlaith
orfiye orgun orhan oriana orik orinder orla orlagh orlaigh orlaith orlando ornella
ortak ortrud ortrun ortwin oruc oryurek osama osamu oscar osha oskar osman
osogo ossama osunleke osvaldo oswald oswaldo oswin otavio otay otfried othmar otilia
otmar ottavio ottfried ottilie ottmar otto ottokar ottomar ottone ovidio oviya ovun
owais owen oxana oyenike oyindasola oymak ozakan ozalpsan ozansu ozaslan ozay ozbay
ozbilek ozbilge ozcam ozdal ozdes ozdil ozdogdu ozel ozerdinc ozertem ozge ozger
ozgun ozgur ozinal ozkent ozkutlu ozlem ozlu ozokcu ozpetek ozsozlu oztek ozturk
ozudogru ozyurt pablo paca pacifica paco padraic padraig padraigin pahal paige paker
paksu pallavi palmira paloma pam pambe pamela pancho panfilo panini panya paola
paoletta paolo paride parker parsa parth parvez pascal pascale pascual pascuala paskalia
pasqual pasquale pastora patric patrice patricia patricio patrick patrik patrizia patrizio patryk
paul paula paulette paulina pauline paulino paulo pauric pavani pavel pawel paye
paz peadar pearce pearse pedro peggy pehlil pekkan pelaji pelayo pellegrino pembesin
penelope pepe pepijn pepita pepito peren perinur perla perlita permun pero perry
pervaiz pesent petar petra petrona petros phileine philip philipp philippe philippine phillip
philomena phoebe phuc phyllis pia piaras piedad pien pierangelo piergiorgio piergiuseppe pierina
pierluigi piermaria piero pierpaolo pierre piersanti pieter pietra pietro pilar pili pim
pina ping pio piotr pippa pirahmet piran pirmin pius placido pleun plinio
polina polly pompeo pomponio poncio pooja popobawa porfirio pranav praneel pranit pratyush
preston primitiva primitivo priscila priscilla prisha priska priya prudencia prudencio puccio puk
pumbaa purcek purificacion pushti qaadir qaasim qabeel qabil qadar qadeer qadi qadim
qahtan qaim qais qamar qani qanit qareeb qarin qaseem qasid qasif qasim
qatadah qawee qay qays qiang quadir quang qudamah quddoos qudoos quincy quinn
quinten quinty quique quirino qurban qusay qushi qutaybah qutb qutub raaghib raagini
raahil raakin raamis raamiz raashid raatib rabah rabar rabb rabbaanee rabbani rabbiye
rabea rabee rabiah rabih rabit rachael rachana rachel rachelle rachit rachita radeke
radha radhee radhika radi radmila raed raees rael raf rafa rafael rafaela
rafan rafay rafee rafeek rafeeq raffaele raffaella raffaellino raffaello rafi rafia rafih
rafiq raghav ragheb raghib rahat raheel raheem rahel rahiye rahmet raik raimondo
raimund raimundo rainer raisa raissa rajata rajeshri rakide raksha ralf ralph ramazan
ramiro ramon ramona rana ranbir randall randolf randy ranieri ranveer raphael raphaela
raquel rashidi rasul raul ravi ravy rayaan rayan rayla raymond raymund rebeca
rebecca rebekah rebekka rebihat recep recepali reece refet refik regan regina reginald
regine regulo rehaan rehime rei reimar reimer reimund reina reinald reinaldo reiner
reingard reinhard reinhardt reinhart reinhild reinhilde reinhold remazan rembrandt remedios remigio remo
remy rena renan renata renate renato rene renee rengul reni rens renske
renzo reshoni resi resulcan reuben reva revza reyansh reyes reyna reynaldo reza
rezin rezzak rhavi rhian rhianna rhianne rhiannon rhonda rhys ria rian ricarda
ricardo riccardo ricciotti richard rick rickey ricky rico ridhi rigo rik rika
riley risalet risasi rishi rita riya riza roan robbie robby robert roberta
roberto robyn rocco rochus rocio roderich rodney rodolfo rodrigo rogelio roger rohaan
rohan rohat roise roisin rojnu roksana roland rolando roldan rolf roman romana
romeo romina romolo romuald romulo romy ron ronald ronaldo ronan ronith ronke
ronnie ronny roos roque rory rosa rosalia rosalie rosalina rosalinda rosalinde rosalva
rosaria rosario rosaura roseanna rosel roselinde rosemarie rosenda rosendo rosi rosie rosina
rosita rosl rosmarie ross rossana roswita roswitha rotraud rotraut rouven rowan roxana
roy roza rozalia rua ruairi ruari rubani ruben rudi rudiger rudolf rudolph
rudra rufina rufino ruggero ruggiero ruhide ruhiu ruhsat ruhugul rui ruknettin rumeysa
rungo rupert ruperta ruperto rusen rushil russell rusul ruth ruthild ruwaihim ruy
ryan ryohei ryosuke ryszard saabir saad saadat saadiq saafir saahir saaiq saajid
saal saalih saalim saanvi saaqib saar saariyah saba sabah sabahat saban sabari
sabas sabatino sabbir sabeeh sabettin sabih sabihe sabil sabina sabine sabiq sabir
saboor sabri sabrina sabur saburah sacha sachi sadaka sadan sadao sadaqat sadat
sadeed sadeti sadiki sadittin sadiye safet safii safinaz safiri safura sagcan sahat
sahdiye sahil sahin sahinbey sahinder sahir sahmettin sahnuray sai said saim sair
sairah saire sakip saksham sali salih salimet sally salma salome salomon salurbay
salvador salvatore salvi sam samahat samaksh samama samanta samantha samar samarth samesh
sami samiha samir samira samu samuel samurtay samweli sanavber sanaya sancak sancar
sancho sandalio sander sandor sandra sandro sandy sanne sante santiago santino santos
sanur sanya saoirse saood sara sarabi sarafina sarah sarina sarita sarthak sarya
sasha saskia sathvik satomi satrettin saturnina saturnino saul saumya sauti savak savannah
saverio savki savni sayan saydam sayin sayrak sayuri sazime scot scott seamus
sean seana seanan seaneen seanna sebastiaan sebastian sebastiano sebastiao sebastien sebattin sebigul
sebla secgul secme seda sedat sedife sefer sefi sefiye segilola segismundo seha
sehamet sehel sehreban sehza seif sejda sekim selaheddin selale selatin selcen selcuk
selena seler selim selime selina selma selmin selvi sem semat semender semine
semra semrin semsettin semsinisa sencar sendogan seniha senkal senn senna sennur senol
senta seona sepp seracettin serafeddin serafin serafina serda seref serena serezli serfinaz
serge sergei sergej sergio sergius serhatmehmet serma serman sernur serol serpil servinaz
sessa seth sevcan sevdi sevdinar seve severiano severin severino severo sevgen sevginur
sevican sevim sevindik sevket sevketfeza sevla sevsevil seyda seydo seye seyfullah seyhan
seyithan seyyide sezal sezen sezginbas shane shani shania shanice shanna shannan shannen
shannon shari sharon shaun shauna shauneen shaurya shawana shawn shawna shay shea
sheena sheila shekoni shelby shelia shelley shelly sheree sheri sherri sheryl shida
shirley shivani shivansh shohei shona shota shravya sian sibel sibilla sibille sibylla
sibylle sidar siddharth sidki siegbert siegfried sieghard sieglinde siegmar siegmund siegrid siegried
siegrun siegward siem sienna sierra sifa sigfrido sigfried sigismund siglinde sigmar sigmund
sigrid sigrun sigurd sijuade siku sil silan silanur silja silke silva silvana
silvano silvester silvestre silvestro silvia silvio simao simber similoluwa simisola simon simona
simone simonetta simten sina sinaida sinasi sinead siobhan siofra siper sirap sirivan
siti sittik siya sjoerd skolastika slavica slavko slawomir slobodan sneha socorro sofia
sofie sohret sokmen sol soledad solma solveig sonad songul songurkan sonia sonja
sonke sonnur sonya sophia sophie soraia soraya sorcha soren sosimo sotaro souma
sowande soydaner soykan soykut soyler soyselcuk sozer spencer stacey stacie stacy stan
stanislaus stanislav stanislaw stanley stavros stef stefan stefani stefania stefanie stefano steffen
steffi stella sten stephan stephane stephanie stephany stephen sterre steve steven stewart
stijn stilla stjepan stuart suat suayp subomi subutiye sucaettin sudi sudiksha suha
suhani suheyda sukri sukru sukufe suleyla suleyman sulhi sultane sumerya sumeyye sunay
sunel suner sungara suphi susam susan susana susanita susann susanna susannah susanne
suse susen susi suus suvari suzanne suze suzer svea sven svenja svetlana
swala swantje swen swetlana sybilla sybille sydney sylke sylvana sylvester sylvia sylvie
sylvio sylwia szymon taahaa taahir taaj taalib taamir taanish taariq taban tabassum
tabea tabish tabitha taciddin tacnur tade tadeen tadeo tadeusz tafazal tagangul taha
tahaw tahawwur taheem tahir tahmaseb tahmeed tahmid tahoor tahseen taial taichi taimur
taisir taj tajammal tajammul tajudinn takatifu takuma talal talat talayer talha talhah
tali talib talibe tamam tamanna tamara tambika tami tammie tammy tamu tanak
tanay tanbay tandogdu tangul tanhan tania tanish tanisha tanja tanmayi tanner tanses
tansev tanveer tanvi tanya tanyolac tanyu tao tara tarak tarfaan taro tasar
tasha taskan tassilo tasvir tatiana tatjana tatu tawkeel taygan taylak taylor tayyibe
tayyip teber tecimer tecla teerth tejas tekbay tekecan tekiner teknaz teksoy telemaco
telim telmo telse temidayo temime temirhan temistocle temizkal temucin tenvir teo teobaldo
teodora teodoro teodosio teofila teofilo tercan tere terence teresa teresita terlan terrance
terrence terri terry tess tessa teun tevs teybet tezcan tezol thabiti thaddaus
thales thanh thao thea theda thekla theo theobald theodor theodora theodore theodoro
theodoros theophile theres theresa therese theresia thiago thibault thibaut thierry thies thijmen
thijn thijs thilo thom thomas thoralf thorben thorsten tia tiago tiarna tiarnan
tibor tiburcio ticen tiegan tiernan ties tiffany tigin tijmen tijn tijs tillmann
tilly tilman tilmann tilo tim timm timo timoteo timothee timothy timurtas tina
tino tirdad tirza tisa tishk titilayo tito tiziana tiziano tobias tobiasz toby
todd togan toker toki tokoz toktug tokunbo tola tolonbay tolulope toluwanimi tom
tomas tomasa tomasz tomislav tommy tomori tomoya tomurcuk tonguc toni tonia tonicha
tonino tono tony tonya topuz toralf torben torel torhan tori toribio torquato
torsten tory tracey traci tracie tracy traude traudel traudl traugott traute travis
trevor tricia trini trinidad tripti tristan triveni triya trong troy trude trudel
trudi trung tsubasa tuere tufani tugcan tugce tugrulhan tugtas tukelalp tukufu tulay
tule tulin tullio tulun tumer tumkurt tunahan tuncboga tung tunguc turabi turcan
turcein turgut turkalp turkan turkmen turknur turvi tutkucan tutkun tuyug tuzeer tuzenur
twan tycho tygo tyler tymon tymoteusz tyrone ubaadah ubadah ubaid ubaidah ubaldo
ubay ubayd ubaydullah uberto ubeydullah ubika ucan ucbeyi ucchal ucgul udant udarsh
udeen udeera udo udyati ufukay ugan uge ugo ugolino ugur ugurkan ugurtan
uhban ujamaa ulakbey ulf ulfat ulfet uli ulises ulke ulkudes ulkum ulla
ullrich ulrich ulrike ulu uludag ulugbey uluman ulutay umaarah umair umande umang
umar umberto ummahan ummahani umman ummet ummuhan umoja umray umusan umutcan una
unal undine unek unlen unnati unni unsever unubol upadhriti upasna upkaar upma
uraltay urban urbano urfettin urhan uriel urishilla urmi urper urrab urs ursel
ursula urszula urte urvashi urvi usame uschi ushan ushindi usiku ustun uta
ute utkarsh utkucan utz uwe uyanser uygun uzbay uzer uzima uzsoy vacibe
vadim vafir vahar vahittin vaishnavi vajen vala valentijn valentim valentin valentina valeri
valeria valerie valerij valerio valero valeska vamakshi vanesa vanessa vansha vanya varenya
varsha vasana vasatika vasco vassilios vasudha vaysal vecide veda vedant vedat vedhika
vedika veerle vefia veis veit veli velitdin venancio venceslas vera verde verena
verim vernon veronica veronika veronique vesna vezat vezrife vicenta vicente vicki vickie
victoire victoria victoriano victorino vidal vidhi vigo vihaan viktor viktoria vildane vilma
vinaya vince vincent vincentio vincenza vincenzo vinicio vinicius vinko vinzenz violeta violetta
viraj virgilio virginia virginie viridiana visitacion vitali vito vitor vitoria vittoria vittorio
vitus vivaan viviana viviane vladimir vlado volker volkhard volkmar vrinda vrishti vritti
vyanjana waahid waail waajid waceera wadee wadi wadood wafa wafeeq wafi wafiq
wahab wahb wahban waheed wahhaab wahhaaj waida wakeeta walburga waldemar waldtraut walentina
walfried walli wally walter walther waltraud waltraut waltrud wamwema wanda warda warhi
waridi warinder warjas waseme watika wayne wazir wei wencke wendelin wendolin wendy
wenke wenzel wera werner wesley wessel whitney wibke widisha wiebke wieland wieslaw
wigbert wiktor wilfredo wilfrido wilfried wilfriede wilhelm wilhelmine willem willfried willi william
willibald willibert willie willy wilma wilson wiltrud winfried wishi witold wladimir wojciech
woldemar wolfgang wolfhard wolfram wout wouter wriddhish wridesh wulf wur wuraola wyatt
xalak xaver xavi xavier xenia xia ximena xiomara xiti xiulan xiuying xobeen
xuan yaaseen yachana yadavi yadid yadigar yafi yafir yaghnam yagnesh yago yahsi
yahsikan yahvi yahya yahyaa yaiza yakobo yalazabay yaman yamar yameen yamin yamini
yan yang yaqeen yaqoot yaqub yar yara yasaar yasan yasar yasattin yaseen
yasemen yasemin yash yashasvi yashawini yashem yashica yashoda yashodhara yashvi yasin yasinta
yasir yasmin yasmine yassin yasti yasuhiro yatan yathrib yatin yauvani yavuz yawar
yawer yayak yazan yazeed yazganalp yazgul yejide yekbun yekda yelesen yeneral yeni
yepelek yeraz yergha yertan yesenia yesica yesil yesoob yessica yetisal yetunde yewande
yfke yigit yilmaz yinthe yochana yohana yohane yoichi yoko yolal yolanda yonetmen
yong yoom yoruc yoshita yosma yosuke youssef yucel yucelen yug yui yuki
yumiko yumun yunt yurdanur yurdaser yureed yuri yuridia yurtguven yurtseven yurttas yusuf
yuta yutika yuvraj yves yvette yvonne zaafir zaahid zaahir zaakir zabir zac
zacarias zach zacharie zachary zackariya zaeem zafar zafeer zafir zafrul zahaar zaheer
zahfer zahi zahid zahir zahnya zahri zahrun zahur zaib zaid zaida zaira
zaitra zaituni zak zakaria zaliha zamett zamir zansi zara zarar zarna zashil
zauqi zaweel zayan zayyan zayyir zbigniew zdenka zdravko zebirce zeferino zehaan zehra
zehranur zekayi zeki zelha zeljko zemzem zende zennun zenon zenta zerafet zerdad
zeride zevlude zewad zeynelabidin zeynep zeyno zihni zilfa zilmil zimran zinal zinnure
zita ziyaettin zlatko zoe zoey zofia zohrehan zoltan zoraida zoral zoran zuba
zubeyde zufer zuheyla zuhri zulbiye zulfuye zulgarni zumaridi zumre zuwayhir zuwena zwatie
"""
NAMES_TITLES = "dr doctor mr mrs ms mx miss prof professor nurse sister rev pastor father rabbi imam fr captain capt officer sergeant sgt detective det lieutenant lt judge coach principal dean sr sra herr frau mme mlle monsieur madame"
NAMES_ROLES = "mother mom mum mommy mummy father dad daddy parent stepmother stepmom stepmum stepfather stepdad sister brother stepsister stepbrother sibling son daughter stepson stepdaughter child baby grandmother grandma granny nan nana grandfather grandpa granddad grandson granddaughter aunt auntie uncle cousin niece nephew husband wife spouse partner boyfriend girlfriend fiance fiancee ex friend roommate flatmate housemate neighbor neighbour colleague coworker boss supervisor employer manager teacher facilitator cofacilitator member peer coach mentor tutor classmate prescriber psychiatrist psychologist therapist counselor counsellor doctor physician gp pediatrician paediatrician nurse caseworker worker lawyer attorney pastor priest sponsor carer caregiver interpreter translator solicitor barrister advocate midwife dietitian dietician physiotherapist physio chaplain imam rabbi officer keyworker psychotherapist"
NAMES_PROFESSIONAL_ROLES = "supervisor teacher facilitator cofacilitator coach mentor tutor prescriber psychiatrist psychologist therapist counselor counsellor doctor physician gp pediatrician paediatrician nurse caseworker worker lawyer attorney pastor priest interpreter translator solicitor barrister advocate midwife dietitian dietician physiotherapist physio chaplain imam rabbi officer keyworker psychotherapist"
NAMES_NOT_NAMES = "abril after agosto aout apr april arztin as association at aug august avril baptist before best center centre charity chi christian client clinic clinician colega college collegue consultant council counsellor counselor critic dec december decembre department dept dezember diciembre dienstag dimanche docteur doctora doktor doktorin domingo donnerstag durante during elke enero exile feb febrero februar february fevrier firefighter following for foundation freitag fri friday from german god he her his hospice hospital house if in institute it jan januar january janvier jeudi jueves juillet juin jul juli julio july jun june juni junio kaiser kind kollege kollegin lundi lunes mai manager mar march mardi mars martes marz marzo may mayo mercredi miercoles mittwoch mon monday montag my nov november novembre noviembre oct october octobre octubre oktober on our part parts patient please police practitioner program programme project protector psychologin ramadan regards sabado salud samedi samstag sat saturday school self sep september septembre septiembre service services she since sincerely society sonntag specialist sun sunday tai thank thanks that the their therapeutin therapist they this thu thursday today trust tue tuesday unit university vendredi viernes ward we wed wednesday with yesterday your yours"
# Places by their abbreviations (Faker's address data): abbreviation|place
NAMES_PLACES = """
AB|alberta
AB|antigua and barbuda
ACT|australian capital territory
AK|alaska
AL|alabama
AR|arkansas
AS|american samoa
AZ|arizona
BC|british columbia
BD|brunei darussalam
BF|burkina faso
BH|bosnia and herzegovina
BI|bouvet island
BIOT|british indian ocean territory
BVI|british virgin islands
CA|california
CAR|central african republic
CI|cayman islands
CI|christmas island
CI|cook islands
CI|cote d'ivoire
CO|colorado
CR|costa rica
CR|czech republic
CT|connecticut
CV|cape verde
DE|delaware
DR|dominican republic
EG|equatorial guinea
ES|el salvador
FG|french guiana
FI|falkland islands
FI|faroe islands
FL|florida
FP|french polynesia
FST|french southern territories
GA|georgia
GB|guinea-bissau
HI|hawaii
HIMDI|heard island and mcdonald islands
HK|hong kong
HS|holy see
IA|iowa
ID|idaho
IL|illinois
IM|isle of man
IN|indiana
KR|kyrgyz republic
KS|kansas
KY|kentucky
LA|louisiana
LAJ|libyan arab jamahiriya
LPDR|lao people's democratic republic
MA|massachusetts
MB|manitoba
MD|maryland
ME|maine
MI|marshall islands
MI|michigan
MN|minnesota
MO|missouri
MS|mississippi
MT|montana
NA|netherlands antilles
NB|new brunswick
NC|new caledonia
NC|north carolina
ND|north dakota
NE|nebraska
NH|new hampshire
NI|norfolk island
NJ|new jersey
NL|newfoundland and labrador
NM|new mexico
NM|north macedonia
NMI|northern mariana islands
NS|nova scotia
NSW|new south wales
NT|northern territory
NT|northwest territories
NU|nunavut
NV|nevada
NY|new york
NZ|new zealand
OH|ohio
OK|oklahoma
ON|ontario
OR|oregon
PA|pennsylvania
PE|prince edward island
PI|pitcairn islands
PNG|papua new guinea
PR|puerto rico
PT|palestinian territory
QC|quebec
QLD|queensland
RF|russian federation
RI|rhode island
SA|saudi arabia
SA|south africa
SA|south australia
SAR|syrian arab republic
SB|saint barthelemy
SC|south carolina
SD|south dakota
SGSSI|south georgia and the south sandwich islands
SH|saint helena
SI|solomon islands
SJMI|svalbard & jan mayen islands
SK|saskatchewan
SKN|saint kitts and nevis
SL|saint lucia
SL|sierra leone
SL|sri lanka
SM|saint martin
SM|san marino
SPM|saint pierre and miquelon
STP|sao tome and principe
SVG|saint vincent and the grenadines
TAS|tasmania
TCI|turks and caicos islands
TL|timor-leste
TN|tennessee
TT|trinidad and tobago
TX|texas
UAE|united arab emirates
UK|united kingdom
USA|united states of america
USMOI|united states minor outlying islands
USVI|united states virgin islands
UT|utah
VA|virginia
VIC|victoria
VT|vermont
WA|washington
WA|western australia
WF|wallis and futuna
WI|wisconsin
WS|western sahara
WV|west virginia
WY|wyoming
YT|yukon territory
"""
